package com.hedgeflow.connectors.deribit.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.connectors.common.ApiCredentials;
import com.hedgeflow.connectors.deribit.DeribitConnector;
import com.hedgeflow.connectors.deribit.DeribitSettings;
import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderIntent;
import com.hedgeflow.engine.orders.OrderOrigin;
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import com.hedgeflow.simulator.SimulatedVenue;
import com.hedgeflow.simulator.SimulatorConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway through the real connector to the real simulated venue, over loopback. */
class DeribitOrderGatewayTest {
    private static final String PERP = "BTC-PERPETUAL";
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(400);
    private static final AtomicInteger IDS = new AtomicInteger();

    private static SimulatedVenue venue;
    private static DeribitConnector connector;
    private static final BlockingQueue<FeedState> states = new LinkedBlockingQueue<>();
    private static final BlockingQueue<OrderEvent> events = new LinkedBlockingQueue<>();
    private static final BlockingQueue<String> eventThreads = new LinkedBlockingQueue<>();
    private static final BlockingQueue<JsonNode> userChanges = new LinkedBlockingQueue<>();
    private static DeribitOrderGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().seed(21).build());
        DeribitSettings settings = DeribitSettings.of("deribit", venue.deribitWebSocketUri(),
                new ApiCredentials(venue.clientId(), venue.clientSecret()))
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
        connector = new DeribitConnector(settings, e -> {
            if (e instanceof MarketEvent.FeedStatusChanged) {
                states.add(((MarketEvent.FeedStatusChanged) e).status().state());
            }
        }, Clock.systemUTC());
        connector.onUserNotifications(List.of("user.changes.any.BTC.raw"), (channel, data) -> userChanges.add(data));
        connector.start();
        awaitConnected();
        gateway = new DeribitOrderGateway("deribit", "BTC", connector::privateCall, e -> {
            eventThreads.add(Thread.currentThread().getName());
            events.add(e);
        }, Clock.systemUTC(), SHORT_TIMEOUT);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        connector.close();
        venue.close();
    }

    @BeforeEach
    void clear() {
        events.clear();
        eventThreads.clear();
    }

    private static void awaitConnected() throws InterruptedException {
        await(FeedState.CONNECTED);
    }

    private static void await(FeedState wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            FeedState s = states.poll(100, TimeUnit.MILLISECONDS);
            if (s == wanted) {
                return;
            }
        }
        throw new AssertionError("connector never reported " + wanted);
    }

    private static JsonNode rpc(String method, ObjectNode params) throws Exception {
        return connector.privateCall(method, params, Duration.ofSeconds(3)).get(5, TimeUnit.SECONDS);
    }

    private static ObjectNode params() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static double perpSize() throws Exception {
        for (JsonNode p : rpc("private/get_positions", params().put("currency", "BTC").put("kind", "future"))) {
            if (p.get("instrument_name").asText().equals(PERP)) {
                return p.get("size").asDouble();
            }
        }
        return 0;
    }

    private static double ask() throws Exception {
        return rpc("public/ticker", params().put("instrument_name", PERP)).get("best_ask_price").asDouble();
    }

    private static OrderIntent intent(Side side, double size, double limit) {
        return new OrderIntent("hf-BTC-" + IDS.incrementAndGet() + "-" + System.nanoTime(), "BTC",
                new InstrumentKey("deribit", PERP), side, size, limit, TimeInForce.IMMEDIATE_OR_CANCEL, false,
                OrderOrigin.MANUAL, "", "TEST", Instant.now());
    }

    private static OrderEvent next() throws InterruptedException {
        OrderEvent e = events.poll(5, TimeUnit.SECONDS);
        if (e == null) {
            throw new AssertionError("no order event within 5 s");
        }
        return e;
    }

    @Test
    void aMarketableIocBuyIsAcknowledgedFilledAndMovesThePosition() throws Exception {
        double before = perpSize();
        OrderIntent buy = intent(Side.BUY, 200, ask() + 2_000);
        gateway.send(buy);
        OrderEvent.Acknowledged ack = assertInstanceOf(OrderEvent.Acknowledged.class, next());
        assertEquals(buy.clientOrderId(), ack.clientOrderId());
        assertTrue(ack.venueOrderId().startsWith("BTC-"));
        OrderEvent.Filled fill = assertInstanceOf(OrderEvent.Filled.class, next());
        assertEquals(200, fill.size());
        assertTrue(fill.price() < buy.limitPrice(), "filled at the ask, under the limit");
        assertTrue(!fill.tradeId().isEmpty());
        assertNull(events.poll(200, TimeUnit.MILLISECONDS), "nothing after a full fill");
        assertEquals(before + 200, perpSize(), 1e-9);
        JsonNode change = userChanges.poll(5, TimeUnit.SECONDS);
        while (change != null && !change.path("trades").path(0).path("trade_id").asText().equals(fill.tradeId())) {
            change = userChanges.poll(5, TimeUnit.SECONDS);
        }
        assertTrue(change != null, "the fill also arrives on user.changes through the connector");
        assertEquals(before + 200, change.path("positions").path(0).path("size").asDouble(), 1e-9);
        assertNotEquals(Thread.currentThread().getName(), eventThreads.peek());
        assertTrue(eventThreads.peek().startsWith("deribit-orders-"), eventThreads.peek());

        gateway.send(intent(Side.SELL, 200, 1_000));
        assertInstanceOf(OrderEvent.Acknowledged.class, next());
        assertInstanceOf(OrderEvent.Filled.class, next());
        assertEquals(before, perpSize(), 1e-9);
    }

    @Test
    void anIocThatDoesNotCrossIsAcknowledgedThenCancelled() throws Exception {
        gateway.send(intent(Side.BUY, 100, 1_000));
        assertInstanceOf(OrderEvent.Acknowledged.class, next());
        assertInstanceOf(OrderEvent.Cancelled.class, next());
    }

    @Test
    void aBadTickIsRejectedWithTheVenueCode() throws Exception {
        OrderIntent bad = intent(Side.BUY, 100, 1_000.3);
        gateway.send(bad);
        OrderEvent.Rejected r = assertInstanceOf(OrderEvent.Rejected.class, next());
        assertEquals(bad.clientOrderId(), r.clientOrderId());
        assertTrue(r.reason().contains("10043"), r.reason());
        gateway.send(intent(Side.BUY, 15, 1_000));
        assertTrue(assertInstanceOf(OrderEvent.Rejected.class, next()).reason().contains("10027"));
    }

    @Test
    void aLateAnswerIsInDoubtAndTheQueryFindsTheFill() throws Exception {
        double before = perpSize();
        venue.delayNextResponse("private/buy", SHORT_TIMEOUT.multipliedBy(3));
        OrderIntent buy = intent(Side.BUY, 100, ask() + 2_000);
        gateway.send(buy);
        OrderEvent.InDoubt doubt = assertInstanceOf(OrderEvent.InDoubt.class, next());
        assertTrue(doubt.reason().contains("Timeout"), doubt.reason());
        assertNull(events.poll(SHORT_TIMEOUT.toMillis() * 4, TimeUnit.MILLISECONDS), "the late answer is not used");
        assertEquals(before + 100, perpSize(), 1e-9, "the order was sent once, and filled once");

        gateway.query(buy);
        OrderEvent.Found found = assertInstanceOf(OrderEvent.Found.class, next());
        assertEquals(OrderState.FILLED, found.venueState());
        assertEquals(100, found.filledSize());
        assertTrue(found.averagePrice() > 0);
        assertTrue(found.venueOrderId().startsWith("BTC-"));
        gateway.send(intent(Side.SELL, 100, 1_000));
        assertInstanceOf(OrderEvent.Acknowledged.class, next());
        assertInstanceOf(OrderEvent.Filled.class, next());
    }

    @Test
    void aSocketLostWhileWaitingIsInDoubtAndTheQueryAfterReconnectFindsIt() throws Exception {
        states.clear();
        venue.dropConnectionAfterNext("private/buy");
        OrderIntent buy = intent(Side.BUY, 100, 1_000);
        gateway.send(buy);
        OrderEvent.InDoubt doubt = assertInstanceOf(OrderEvent.InDoubt.class, next());
        assertTrue(doubt.reason().contains("connection lost"), doubt.reason());
        // A CONNECTED from before the drop must not count: wait for the reconnect, then for the new session.
        await(FeedState.RECONNECTING);
        awaitConnected();
        gateway.query(buy);
        OrderEvent.Found found = assertInstanceOf(OrderEvent.Found.class, next());
        assertEquals(OrderState.CANCELLED, found.venueState(), "the IOC did not cross and was cancelled");
        assertEquals(0, found.filledSize());
        assertTrue(Double.isNaN(found.averagePrice()));
    }

    @Test
    void aLabelTheVenueHasNeverSeenIsNotFound() throws Exception {
        OrderIntent never = intent(Side.BUY, 100, 1_000);
        gateway.query(never);
        OrderEvent.NotFound nf = assertInstanceOf(OrderEvent.NotFound.class, next());
        assertEquals(never.clientOrderId(), nf.clientOrderId());
    }

    @Test
    void cancelAllCancelsRestingOrders() throws Exception {
        rpc("private/buy", params().put("instrument_name", PERP).put("amount", 10).put("price", 10_000));
        rpc("private/buy", params().put("instrument_name", PERP).put("amount", 10).put("price", 10_500));
        assertEquals(2, gateway.cancelAllOrders().get(5, TimeUnit.SECONDS));
        gateway.cancelAll("deribit");
        gateway.cancelAll("binance");
        assertEquals(0, rpc("private/get_open_orders_by_currency", params().put("currency", "BTC")).size());
    }

    @Test
    void withoutASessionNothingIsSentAndTheOrderIsRejected() throws Exception {
        DeribitSettings settings = DeribitSettings.of("deribit", venue.deribitWebSocketUri(), null);
        try (DeribitConnector offline = new DeribitConnector(settings, e -> { }, Clock.systemUTC());
             DeribitOrderGateway g = new DeribitOrderGateway("deribit", "BTC", offline::privateCall, events::add,
                     Clock.systemUTC(), SHORT_TIMEOUT)) {
            g.send(intent(Side.BUY, 100, 1_000));
            assertTrue(assertInstanceOf(OrderEvent.Rejected.class, next()).reason().contains("not sent"));
        }
    }
}
