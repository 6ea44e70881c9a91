package com.hedgeflow.engine.orders.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.hedging.Books;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.orders.InMemoryOrderJournal;
import com.hedgeflow.engine.orders.OrderBlotter;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderIntent;
import com.hedgeflow.engine.orders.OrderOrigin;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import com.hedgeflow.engine.risk.RiskSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each check of risk-controls.md §1.3 on its own: a hedge that passes everything, then one thing wrong at a
 * time, each blocked with its reason.
 *
 * <p>The desk: BTC at 100,000, net delta +1.5 BTC, short 200,000 USD of the Deribit perpetual; the hedge sells
 * another 100,000 USD at 99,800 (20 bps under the mark) to bring delta to +0.5.
 */
class PreTradeChecksTest {
    private static final Instant NOW = Books.T0;
    private static final InstrumentKey PERP = Books.PERP.key();

    private final OrderBlotter blotter = new OrderBlotter(new InMemoryOrderJournal("checks"));
    private PreTradeLimits limits = PreTradeLimits.standard(250_000, 500_000, 10,
            Map.of(PERP, new InstrumentLimits(200_000, 400_000, 1_000_000, 0)));
    private RiskSnapshot snapshot = book().build();
    private ReferencePrice mark = new ReferencePrice(100_000, NOW.minusMillis(200));
    private Map<String, Instant> reconciled = Map.of(Books.VENUE, NOW.minusSeconds(30));
    private boolean kill;

    private static Books book() {
        return Books.btc(NOW).netDelta(1.5).holding(Books.PERP, -200_000);
    }

    private static OrderTicket hedge() {
        return ticket(Side.SELL, 100_000, 99_800, OrderOrigin.AUTO_HEDGE, 1.5, -200_000);
    }

    private static OrderTicket ticket(Side side, double size, double limit, OrderOrigin origin, double deltaBefore,
                                      double position) {
        return new OrderTicket(null, "BTC", Books.PERP, side, size, limit, origin, deltaBefore,
                side.sign() * size / 100_000, 0, position, size);
    }

    private PreTradeContext context() {
        return new PreTradeContext(NOW, snapshot, mark, blotter, reconciled, kill, limits);
    }

    private CheckResult run(PreTradeCheck check, OrderTicket t) {
        return check.check(t, context());
    }

    private void sentOrder(Side side, double size, Instant at) {
        String id = "hf-BTC-" + (blotter.orders().size() + 1) + "-000000";
        blotter.record(new OrderEvent.Created(new OrderIntent(id, "BTC", PERP, side, size, 99_800,
                TimeInForce.IMMEDIATE_OR_CANCEL, false, OrderOrigin.AUTO_HEDGE, "", "", at)));
        blotter.record(new OrderEvent.Sent(id, at));
    }

    private static void blocked(CheckResult r, Verdict verdict, String reason) {
        assertEquals(verdict, r.verdict(), r.toString());
        assertTrue(r.reason().contains(reason), r.reason());
    }

    @Test
    void aSoundHedgePassesEveryCheckAndEveryResultIsKept() {
        CheckReport report = PreTradeChecks.standard().run(hedge(), context());
        assertTrue(report.allows(false), report.summary());
        assertEquals(14, report.results().size());
        assertTrue(report.summary().startsWith("all 14 checks passed"));
    }

    @Test
    void orderSizeSoftThenHard() {
        blocked(run(new OrderSizeCheck(), ticket(Side.SELL, 250_000, 99_800, OrderOrigin.AUTO_HEDGE, 3, 0)),
                Verdict.SOFT_BLOCK, "over the soft limit 200000");
        blocked(run(new OrderSizeCheck(), ticket(Side.SELL, 450_000, 99_800, OrderOrigin.AUTO_HEDGE, 5, 0)),
                Verdict.HARD_BLOCK, "over the hard limit 400000");
        limits = PreTradeLimits.standard(250_000, 500_000, 10, Map.of());
        blocked(run(new OrderSizeCheck(), hedge()), Verdict.HARD_BLOCK, "no size limits are configured");
    }

    @Test
    void orderNotionalSoftThenHard() {
        OrderTicket big = new OrderTicket(null, "BTC", Books.PERP, Side.SELL, 100_000, 99_800,
                OrderOrigin.AUTO_HEDGE, 1.5, -1, 0, 0, 300_000);
        blocked(run(new OrderNotionalCheck(), big), Verdict.SOFT_BLOCK, "notional 300000 USD is over the soft");
        OrderTicket huge = new OrderTicket(null, "BTC", Books.PERP, Side.SELL, 100_000, 99_800,
                OrderOrigin.AUTO_HEDGE, 1.5, -1, 0, 0, 600_000);
        blocked(run(new OrderNotionalCheck(), huge), Verdict.HARD_BLOCK, "over the hard limit 500000");
    }

    @Test
    void positionLimitBlocksGrowthButNotTheWayBack() {
        blocked(run(new PositionLimitCheck(), ticket(Side.SELL, 100_000, 99_800, OrderOrigin.AUTO_HEDGE, 1.5,
                -950_000)), Verdict.HARD_BLOCK, "from -950000.0 to -1050000.0, beyond the limit ±1000000");
        assertTrue(run(new PositionLimitCheck(), ticket(Side.BUY, 10_000, 100_200, OrderOrigin.MANUAL, 0,
                -1_050_000)).passed());
    }

    @Test
    void netDeltaLimitBlocksAnOrderThatPushesPastIt() {
        blocked(run(new NetDeltaLimitCheck(), ticket(Side.BUY, 100_000, 100_200, OrderOrigin.MANUAL, 9.5, 0)),
                Verdict.HARD_BLOCK, "from 9.5000 to 10.5000 BTC, beyond ±10.0000");
    }

    @Test
    void priceCollarNeedsAFreshMarkAndALimitInsideTheCollar() {
        blocked(run(new PriceCollarCheck(), ticket(Side.SELL, 100_000, 98_000, OrderOrigin.AUTO_HEDGE, 1.5, 0)),
                Verdict.HARD_BLOCK, "is 200.0 bps from the mark 100000.0; the collar is 150 bps");
        mark = new ReferencePrice(100_000, NOW.minusMillis(3_000));
        blocked(run(new PriceCollarCheck(), hedge()), Verdict.HARD_BLOCK, "the mark is 3000 ms old, older than 2000");
        mark = null;
        blocked(run(new PriceCollarCheck(), hedge()), Verdict.HARD_BLOCK, "no mark price");
    }

    @Test
    void aHedgeMustReduceDeltaAndNotOvershoot() {
        blocked(run(new HedgeDirectionCheck(), ticket(Side.BUY, 100_000, 100_200, OrderOrigin.AUTO_HEDGE, 1.5, 0)),
                Verdict.HARD_BLOCK, "does not reduce delta (net 1.5000 -> 2.5000)");
        blocked(run(new HedgeDirectionCheck(), ticket(Side.SELL, 250_000, 99_800, OrderOrigin.AUTO_HEDGE, 1.5, 0)),
                Verdict.HARD_BLOCK, "overshoots the target 0.0000 by 1.0000");
        assertTrue(run(new HedgeDirectionCheck(), ticket(Side.BUY, 100_000, 100_200, OrderOrigin.MANUAL, 1.5, 0))
                .passed(), "a manual order is the trader's call");
    }

    @Test
    void theSameOrderWithinTheWindowIsADuplicate() {
        sentOrder(Side.SELL, 100_000, NOW.minusSeconds(3));
        blocked(run(new DuplicateOrderCheck(), hedge()), Verdict.SOFT_BLOCK, "same as hf-BTC-1-000000");
        assertTrue(run(new DuplicateOrderCheck(), ticket(Side.BUY, 100_000, 100_200, OrderOrigin.AUTO_HEDGE, -1.5,
                0)).passed(), "the other side is no duplicate");
        OrderTicket retry = new OrderTicket("hf-BTC-1-000000", "BTC", Books.PERP, Side.SELL, 100_000, 99_800,
                OrderOrigin.AUTO_HEDGE, 1.5, -1, 0, -200_000, 100_000);
        assertTrue(run(new DuplicateOrderCheck(), retry).passed(), "a retry is the same order, not a duplicate");
    }

    @Test
    void anOldIdenticalOrderIsNoDuplicate() {
        sentOrder(Side.SELL, 100_000, NOW.minusSeconds(11));
        assertTrue(run(new DuplicateOrderCheck(), hedge()).passed());
    }

    @Test
    void fatFingerComparesWithTheMedianClipAndRefusesOffLotOrOffTick() {
        for (int i = 0; i < 5; i++) {
            sentOrder(Side.SELL, 10_000, NOW.minusSeconds(600 - i));
        }
        blocked(run(new FatFingerCheck(), hedge()), Verdict.SOFT_BLOCK,
                "is 10.0× the median of the last 5 orders (10000.0); the limit is 5.0×");
        blocked(run(new FatFingerCheck(), ticket(Side.SELL, 10_005, 99_800, OrderOrigin.AUTO_HEDGE, 1.5, 0)),
                Verdict.HARD_BLOCK, "not a whole number of lots of 10.0");
        blocked(run(new FatFingerCheck(), ticket(Side.SELL, 10_000, 99_800.2, OrderOrigin.AUTO_HEDGE, 1.5, 0)),
                Verdict.HARD_BLOCK, "off the tick 0.5");
    }

    @Test
    void fatFingerFallsBackToTheConfiguredClip() {
        limits = PreTradeLimits.standard(250_000, 500_000, 10,
                Map.of(PERP, new InstrumentLimits(200_000, 400_000, 1_000_000, 15_000)));
        blocked(run(new FatFingerCheck(), hedge()), Verdict.SOFT_BLOCK, "the configured typical size");
    }

    @Test
    void throttlePerVenueAndPerInstrument() {
        limits = limits.withThrottle(Duration.ofSeconds(10), 3, 2);
        sentOrder(Side.SELL, 10_000, NOW.minusMillis(500));
        sentOrder(Side.BUY, 10_000, NOW.minusMillis(400));
        blocked(run(new ThrottleCheck(), hedge()), Verdict.HARD_BLOCK, "2 orders on deribit:BTC-PERPETUAL in the"
                + " last second; the limit is 2");
        sentOrder(Side.BUY, 20_000, NOW.minusSeconds(5));
        blocked(run(new ThrottleCheck(), hedge()), Verdict.HARD_BLOCK, "3 orders sent to deribit in the last 10 s");
    }

    @Test
    void staleDataBlocksAndCannotBeOverridden() {
        snapshot = book().feed(Books.VENUE, FeedState.RECONNECTING, NOW.minusSeconds(2), NOW).build();
        blocked(run(new StaleDataCheck(), hedge()), Verdict.HARD_BLOCK, "deribit is RECONNECTING");
        snapshot = book().feed(Books.VENUE, FeedState.CONNECTED, NOW.minusSeconds(60), NOW.minusSeconds(6)).build();
        blocked(run(new StaleDataCheck(), hedge()), Verdict.HARD_BLOCK, "last message from deribit was 6000 ms ago");
        snapshot = book().holding(Books.LINEAR_PERP, 0.5).build();
        blocked(run(new StaleDataCheck(), hedge()), Verdict.HARD_BLOCK, "binance has reported no feed status");
        CheckReport report = PreTradeChecks.standard().run(hedge(), context());
        assertFalse(report.allows(true), "a person's confirmation does not lift a data block");
    }

    @Test
    void anIncompleteBookBlocks() {
        snapshot = book().unpriced(1).build();
        blocked(run(new CompleteBookCheck(), hedge()), Verdict.HARD_BLOCK, "1 of 2 BTC positions have no price");
    }

    @Test
    void anInDoubtOrderGatesItsVenue() {
        sentOrder(Side.SELL, 10_000, NOW.minusSeconds(60));
        blotter.record(new OrderEvent.InDoubt("hf-BTC-1-000000", NOW.minusSeconds(59), "timeout"));
        blocked(run(new InDoubtCheck(), hedge()), Verdict.HARD_BLOCK, "in doubt until the venue answers:"
                + " hf-BTC-1-000000");
    }

    @Test
    void aVenueMustBeReconciledSinceItConnected() {
        reconciled = Map.of();
        blocked(run(new ReconciliationCheck(), hedge()), Verdict.HARD_BLOCK, "has not been reconciled");
        reconciled = Map.of(Books.VENUE, NOW.minus(Duration.ofMinutes(10)));
        blocked(run(new ReconciliationCheck(), hedge()), Verdict.HARD_BLOCK, "reconnected at");
    }

    @Test
    void theKillSwitchBlocksRiskButLetsAReduceOnlyOrderOut() {
        kill = true;
        blocked(run(new KillSwitchCheck(), hedge()), Verdict.HARD_BLOCK, "would add risk");
        // Short 200,000 USD of perpetual, net delta −1.5: buying 100,000 back shrinks both.
        OrderTicket reduce = ticket(Side.BUY, 100_000, 100_200, OrderOrigin.AUTO_HEDGE, -1.5, -200_000);
        assertTrue(reduce.reducesPosition());
        CheckResult r = run(new KillSwitchCheck(), reduce);
        assertTrue(r.passed(), r.toString());
    }

    @Test
    void softBlocksNeedAPersonHardBlocksNobodyLifts() {
        CheckReport soft = new CheckReport(List.of(CheckResult.pass("PT-02", "collar", "ok"),
                CheckResult.soft("PT-07", "duplicate", "same as before")));
        assertFalse(soft.allows(false));
        assertTrue(soft.allows(true));
        CheckReport hard = soft.plus(CheckResult.hard("PT-15", "stale data", "feed down"));
        assertFalse(hard.allows(true));
        assertEquals(2, hard.blocking(false).size());
    }

    @Test
    void aCheckThatFailsBlocks() {
        PreTradeChecks broken = new PreTradeChecks(List.of((t, c) -> {
            throw new IllegalStateException("boom");
        }));
        CheckReport r = broken.run(hedge(), context());
        assertTrue(r.hasHardBlock());
        assertTrue(r.summary().contains("the check failed"), r.summary());
    }
}
