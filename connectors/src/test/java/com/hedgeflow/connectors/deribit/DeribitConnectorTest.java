package com.hedgeflow.connectors.deribit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.connectors.common.ApiCredentials;
import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.MarketEvent.FeedStatusChanged;
import com.hedgeflow.engine.feed.MarketEvent.IndexUpdated;
import com.hedgeflow.engine.feed.MarketEvent.InstrumentsLoaded;
import com.hedgeflow.engine.feed.MarketEvent.PositionsLoaded;
import com.hedgeflow.engine.feed.MarketEvent.QuoteUpdated;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.simulator.SimulatedVenue;
import com.hedgeflow.simulator.SimulatorConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real connector against the real simulated venue, over loopback sockets. */
class DeribitConnectorTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private SimulatedVenue venue;
    private DeribitConnector connector;
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void startVenue() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().port(0).seed(7).heartbeatMinimumSeconds(1).build());
    }

    @AfterEach
    void stop() {
        if (connector != null) {
            connector.close();
        }
        venue.close();
    }

    private void connect(boolean withCredentials, int heartbeatSeconds) {
        ApiCredentials credentials = withCredentials ? new ApiCredentials(venue.clientId(), venue.clientSecret()) : null;
        DeribitSettings settings = DeribitSettings.of("deribit", venue.deribitWebSocketUri(), credentials)
                .withHeartbeat(heartbeatSeconds)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(300));
        connector = new DeribitConnector(settings, sink, Clock.systemUTC());
        connector.start();
    }

    @Test
    void instrumentsPositionsTickersAndIndexArrive() throws Exception {
        connect(true, 10);

        InstrumentsLoaded instruments = sink.await(InstrumentsLoaded.class, e -> true, WAIT);
        long options = instruments.instruments().stream().filter(Instrument::isOption).count();
        assertTrue(options >= 4 * 15 * 2, "at least 4 expiries x 15 strikes, calls and puts: " + options);
        assertTrue(instruments.instruments().stream().anyMatch(i -> i.kind() == InstrumentKind.PERPETUAL));

        PositionsLoaded positions = sink.await(PositionsLoaded.class, e -> !e.positions().isEmpty(), WAIT);
        Set<String> held = positions.positions().stream().map(p -> p.instrument().name()).collect(Collectors.toSet());
        assertTrue(held.contains("BTC-PERPETUAL"), "the demo book carries a perpetual hedge: " + held);
        assertTrue(positions.positions().stream().anyMatch(p -> p.size() < 0), "some short positions");

        for (Position p : positions.positions()) {
            QuoteUpdated q = sink.await(QuoteUpdated.class,
                    e -> e.quote().instrument().equals(p.instrument()), WAIT);
            assertTrue(q.quote().markPrice() > 0, "mark of " + p.instrument());
            if (!p.instrument().name().endsWith("PERPETUAL")) {
                assertTrue(q.quote().markIv() > 0.05 && q.quote().markIv() < 3, "IV is decimal: " + q.quote().markIv());
                assertTrue(q.quote().underlyingPrice() > 0);
            }
        }
        // Options the book does not hold still arrive, from the chain summary, with open interest.
        Set<String> chain = instruments.instruments().stream().filter(Instrument::isOption)
                .map(Instrument::name).filter(n -> !held.contains(n)).collect(Collectors.toSet());
        QuoteUpdated unheld = sink.await(QuoteUpdated.class, e -> chain.contains(e.quote().instrument().name()), WAIT);
        assertTrue(unheld.quote().openInterest() >= 0 && unheld.quote().markIv() > 0.05);

        IndexUpdated index = sink.await(IndexUpdated.class, e -> true, WAIT);
        assertEquals("BTC", index.index().underlying());
        sink.await(FeedStatusChanged.class, e -> e.status().state() == FeedState.CONNECTED, WAIT);
        assertEquals(0, connector.malformedMessages());
    }

    @Test
    void droppedConnectionIsReestablishedAndResubscribed() throws Exception {
        connect(true, 10);
        sink.await(FeedStatusChanged.class, e -> e.status().state() == FeedState.CONNECTED, WAIT);
        assertEquals(1, connector.connections());

        int before = sink.size();
        venue.dropAllConnections();

        sink.awaitAfter(before, FeedStatusChanged.class, e -> e.status().state() == FeedState.RECONNECTING, WAIT);
        sink.awaitAfter(before, InstrumentsLoaded.class, e -> true, WAIT);
        sink.awaitAfter(before, PositionsLoaded.class, e -> !e.positions().isEmpty(), WAIT);
        sink.awaitAfter(before, FeedStatusChanged.class, e -> e.status().state() == FeedState.CONNECTED, WAIT);
        int reconnected = sink.size();
        sink.awaitAfter(reconnected, QuoteUpdated.class, e -> true, WAIT);
        sink.awaitAfter(reconnected, IndexUpdated.class, e -> true, WAIT);
        assertEquals(2, connector.connections());
        assertEquals(1, venue.connectionCount());
    }

    @Test
    void heartbeatTestRequestsAreAnsweredSoTheVenueKeepsTheSocket() throws Exception {
        connect(true, 1);
        sink.await(FeedStatusChanged.class, e -> e.status().state() == FeedState.CONNECTED, WAIT);
        Thread.sleep(3_500); // three heartbeat periods: an unanswered test_request would close the socket
        assertEquals(1, connector.connections());
        int now = sink.size();
        sink.awaitAfter(now, QuoteUpdated.class, e -> true, WAIT);
    }

    @Test
    void withoutCredentialsMarketDataStillFlows() throws Exception {
        connect(false, 10);
        sink.await(IndexUpdated.class, e -> true, WAIT);
        sink.await(QuoteUpdated.class, e -> e.quote().instrument().name().equals("BTC-PERPETUAL"), WAIT);
        assertFalse(sink.all(PositionsLoaded.class).stream().anyMatch(e -> !e.positions().isEmpty()));
    }
}
