package com.hedgeflow.app.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.hedging.AuditEvent;
import com.hedgeflow.engine.hedging.AuditKind;
import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.hedging.HedgeProposal;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.IntentResult;
import com.hedgeflow.engine.market.IndexPrice;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.orders.InMemoryOrderJournal;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderGateway;
import com.hedgeflow.engine.orders.OrderIntent;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.runtime.Engine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hedger on a running engine: a book 3 BTC long outside its ±1 BTC band gets a proposal to sell the
 * perpetual down to the band edge; an approval from another thread sends the order; the venue's fill comes back
 * through the engine thread.
 */
class HedgerServiceTest {
    private static final String VENUE = "simulator";
    private static final Instrument PERP = new Instrument(VENUE, "BTC-PERPETUAL", "BTC", InstrumentKind.PERPETUAL,
            Settlement.INVERSE, null, Double.NaN, null, 10, 0.5, 10);

    private final Engine engine = new Engine(Clock.systemUTC(), Duration.ofMillis(20));
    private final List<OrderIntent> sent = new CopyOnWriteArrayList<>();
    private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void aBandBreachIsProposedApprovedSentAndFilled() throws Exception {
        OrderGateway gateway = new OrderGateway() {
            @Override
            public void send(OrderIntent intent) {
                sent.add(intent);
            }

            @Override
            public void query(OrderIntent intent) {
            }

            @Override
            public void cancelAll(String venue) {
            }
        };
        HedgerService hedger = HedgerService.start(engine, Clock.systemUTC(), gateway,
                new InMemoryOrderJournal("test"), audit::add, List.of(DeskDefaults.btcOn(VENUE)), HedgeMode.MANUAL);
        engine.start();
        Instant now = Instant.now();
        engine.accept(new MarketEvent.InstrumentsLoaded(VENUE, List.of(PERP)));
        engine.accept(new MarketEvent.FeedStatusChanged(new FeedStatus(VENUE, "ws://test", FeedState.CONNECTED, now,
                1, "")));
        engine.accept(new MarketEvent.IndexUpdated(new IndexPrice(VENUE, "BTC", 100_000, now)));
        // +3 BTC of perpetual: 300,000 USD of contracts at an index of 100,000.
        engine.accept(new MarketEvent.PositionsLoaded(VENUE, List.of(new Position(PERP.key(), 300_000, 100_000))));
        keepQuoting(now);

        HedgerStatus proposed = await(() -> hedger.status(), s -> s != null && !s.pending().isEmpty());
        HedgeProposal p = proposed.pending().get(0).proposal();
        assertEquals(Side.SELL, p.side());
        assertEquals(200_000, p.size(), 10, "sell down to the +1 BTC band edge: 2 BTC of USD contracts");
        assertEquals(PERP.key(), p.instrument());

        keepQuoting(Instant.now());
        IntentResult approved = hedger.intent(c -> c.approve(p.id(), true, "trader")).get(5, TimeUnit.SECONDS);
        assertEquals(IntentResult.Outcome.DONE, approved.outcome(), approved.message());
        OrderIntent order = await(() -> sent.isEmpty() ? null : sent.get(0), o -> o != null);
        assertTrue(order.clientOrderId().startsWith("hf-BTC-"), order.clientOrderId());

        Instant filled = Instant.now();
        hedger.onOrderEvent(new OrderEvent.Acknowledged(order.clientOrderId(), filled, "BTC-1"));
        hedger.onOrderEvent(new OrderEvent.Filled(order.clientOrderId(), filled, "T-1", order.size(),
                order.limitPrice(), 0));
        await(() -> hedger.status(), s -> s.openOrders().isEmpty());
        assertTrue(audit.stream().anyMatch(e -> e.toString().contains(order.clientOrderId())), "audited");
    }

    @Test
    void aVenueIsReconciledWhenItBecomesConnectedNotOnEveryStatusUpdate() throws Exception {
        HedgerService.start(engine, Clock.systemUTC(), null, new InMemoryOrderJournal("test"), audit::add,
                List.of(DeskDefaults.btcOn(VENUE)), HedgeMode.OFF);
        engine.start();
        Instant t0 = Instant.now();
        status(FeedState.CONNECTED, t0, 3);
        status(FeedState.CONNECTED, t0, 5); // a latency update
        status(FeedState.RECONNECTING, t0.plusSeconds(1), -1);
        status(FeedState.CONNECTED, t0.plusSeconds(2), 4);
        status(FeedState.CONNECTED, t0.plusSeconds(2), 6);
        await(() -> reconciliations(), n -> n >= 2);
        Thread.sleep(200);
        assertEquals(2, reconciliations(), "at start and after the reconnect: " + audit);
    }

    private long reconciliations() {
        return audit.stream().filter(e -> e.kind() == AuditKind.VENUE_RECONCILED).count();
    }

    private void status(FeedState state, Instant since, long latency) throws InterruptedException {
        engine.accept(new MarketEvent.FeedStatusChanged(new FeedStatus(VENUE, "ws://test", state, since, latency, "")));
        Thread.sleep(60); // one snapshot each, so the hedger sees every state
    }

    private void keepQuoting(Instant at) {
        engine.accept(new MarketEvent.QuoteUpdated(new Quote(PERP.key(), at, 99_995, 100_005, 100_000, Double.NaN,
                Double.NaN, 100_000, 1_000_000)));
    }

    private static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            T v = value.get();
            if (done.test(v)) {
                return v;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out; last value " + value.get());
    }
}
