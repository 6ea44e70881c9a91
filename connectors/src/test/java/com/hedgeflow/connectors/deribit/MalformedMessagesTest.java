package com.hedgeflow.connectors.deribit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.feed.MarketEvent.FeedStatusChanged;
import com.hedgeflow.engine.feed.MarketEvent.IndexUpdated;
import com.hedgeflow.engine.feed.MarketEvent.PositionsLoaded;
import com.hedgeflow.engine.feed.MarketEvent.QuoteUpdated;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * risk-controls.md §5.3 B: whatever the venue sends, the connector stays up, counts what it cannot use, and
 * builds no event from it. Each bad frame carries the marker {@value #MARKER}; no event may ever show it.
 */
class MalformedMessagesTest {
    private static final String MARKER = "4242.4242";
    private static final String PERP = "BTC-PERPETUAL";

    private static VenueHarness h;
    private static String heldOption;

    @BeforeAll
    static void connect() throws Exception {
        h = VenueHarness.start(VenueHarness.config());
        h.connectWithDemoKey();
        PositionsLoaded positions = h.sink.await(PositionsLoaded.class, e -> !e.positions().isEmpty(), VenueHarness.WAIT);
        heldOption = positions.positions().stream().map(p -> p.instrument().name())
                .filter(n -> n.endsWith("-C") || n.endsWith("-P")).findFirst().orElseThrow();
        h.awaitConnected(0);
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    static Stream<Arguments> badFrames() {
        String now = Long.toString(System.currentTimeMillis());
        String perpTicker = "{\"instrument_name\":\"" + PERP + "\",\"timestamp\":" + now;
        return Stream.of(
                Arguments.of("truncated JSON", notification("ticker." + PERP + ".100ms",
                        perpTicker + ",\"mark_price\":" + MARKER + "}").substring(0, 120)),
                Arguments.of("a number sent as a string", notification("ticker." + PERP + ".100ms",
                        perpTicker + ",\"mark_price\":\"" + MARKER + "\"}")),
                Arguments.of("a null mark_price", notification("ticker." + PERP + ".100ms",
                        perpTicker + ",\"mark_price\":null,\"best_bid_price\":" + MARKER + "}")),
                Arguments.of("a NaN literal", notification("ticker." + PERP + ".100ms",
                        perpTicker + ",\"mark_price\":NaN,\"best_bid_price\":" + MARKER + "}")),
                Arguments.of("an option ticker without greeks", null),
                Arguments.of("an unknown channel", notification("mystery.channel.100ms",
                        perpTicker + ",\"mark_price\":" + MARKER + "}")),
                Arguments.of("an unknown method",
                        "{\"jsonrpc\":\"2.0\",\"method\":\"mystery/event\",\"params\":{\"price\":" + MARKER + "}}"),
                Arguments.of("an instrument never listed", notification("ticker.BTC-1JAN99-1000-C.100ms",
                        "{\"instrument_name\":\"BTC-1JAN99-1000-C\",\"timestamp\":" + now + ",\"mark_price\":" + MARKER
                                + ",\"mark_iv\":50,\"greeks\":{\"delta\":0.5}}")),
                Arguments.of("another instrument on the perpetual's channel", notification("ticker." + PERP + ".100ms",
                        "{\"instrument_name\":\"BTC-OTHER\",\"timestamp\":" + now + ",\"mark_price\":" + MARKER + "}")),
                Arguments.of("an index price as text", notification("deribit_price_index.btc_usd",
                        "{\"index_name\":\"btc_usd\",\"timestamp\":" + now + ",\"price\":\"" + MARKER + "\"}")),
                Arguments.of("a JSON array", "[" + MARKER + "]"),
                Arguments.of("nesting 5000 deep", "[".repeat(5000) + MARKER + "]".repeat(5000)),
                Arguments.of("an oversized frame", notification("ticker." + PERP + ".100ms", perpTicker
                        + ",\"mark_price\":" + MARKER + ",\"padding\":\""
                        + "x".repeat(DeribitConnector.MAX_FRAME_CHARS) + "\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFrames")
    void aBadFrameIsCountedAndSkippedWhileGoodOnesFlow(String what, String frame) throws Exception {
        if (frame == null) {
            // Needs the held option, known only once connected: a well-formed option ticker less its greeks.
            frame = notification("ticker." + heldOption + ".100ms", "{\"instrument_name\":\"" + heldOption
                    + "\",\"timestamp\":" + System.currentTimeMillis() + ",\"mark_price\":" + MARKER
                    + ",\"mark_iv\":55.0,\"underlying_price\":90000}");
        }
        DeribitConnector c = h.connector;
        long malformedBefore = c.malformedMessages();
        int from = h.sink.size();

        h.venue.injectToAll(frame);

        awaitCount(c, malformedBefore + 1);
        int after = h.sink.size();
        h.sink.awaitAfter(after, QuoteUpdated.class, e -> e.quote().instrument().name().equals(PERP), VenueHarness.WAIT);
        h.sink.awaitAfter(after, IndexUpdated.class, e -> true, VenueHarness.WAIT);

        assertEquals(malformedBefore + 1, c.malformedMessages(), what + " is counted once");
        assertEquals(1, c.connections(), what + " must not cost the connection");
        List<MarketEvent> since = h.sink.since(from);
        assertFalse(since.stream().anyMatch(e -> e.toString().contains(MARKER)), what + " made an event: " + since);
        assertFalse(since.stream().anyMatch(e -> e instanceof FeedStatusChanged f
                && f.status().state() != FeedState.CONNECTED), what + " changed the feed state");
    }

    /** The control: the same injection path with a good frame does reach the sink, so the checks above bite. */
    @Test
    void aWellFormedInjectedTickerIsDelivered() throws Exception {
        int from = h.sink.size();
        long malformedBefore = h.connector.malformedMessages();
        h.venue.injectToAll(notification("ticker." + PERP + ".100ms", "{\"instrument_name\":\"" + PERP
                + "\",\"timestamp\":" + System.currentTimeMillis() + ",\"mark_price\":" + MARKER + "}"));
        QuoteUpdated q = h.sink.awaitAfter(from, QuoteUpdated.class,
                e -> e.quote().markPrice() == Double.parseDouble(MARKER), VenueHarness.WAIT);
        assertTrue(q.quote().instrument().name().equals(PERP));
        assertEquals(malformedBefore, h.connector.malformedMessages());
    }

    private static String notification(String channel, String data) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"subscription\",\"params\":{\"channel\":\"" + channel
                + "\",\"data\":" + data + "}}";
    }

    private static void awaitCount(DeribitConnector c, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + VenueHarness.WAIT.toNanos();
        while (c.malformedMessages() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, c.malformedMessages(), "malformed count");
    }
}
