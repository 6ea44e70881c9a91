package com.hedgeflow.app.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.app.wiring.VenueChoice;
import com.hedgeflow.app.wiring.Workstation;
import com.hedgeflow.app.wiring.WorkstationOptions;
import com.hedgeflow.engine.analytics.AnalyticsSettings;
import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.hedging.HedgeProposal;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.IntentResult;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The whole order path on the real parts: the simulator's demo book sits outside the ±1 BTC band, the hedger
 * proposes, an approval sends a labelled IOC through the Deribit connector, the simulator fills it, the
 * connector reloads the positions, and the book's net delta is back at the band edge.
 */
class HedgeOnTheSimulatorTest {

    @Test
    void anApprovedProposalFillsAndBringsTheDeltaBackInsideTheBand() throws Exception {
        WorkstationOptions options = new WorkstationOptions(List.of(VenueChoice.SIM), null, 42,
                AnalyticsSettings.DEFAULT, HedgeMode.MANUAL);
        try (Workstation workstation = Workstation.start(options, Map.of())) {
            HedgerService hedger = workstation.hedger();
            HedgerStatus proposed = await(hedger::status, s -> s != null && !s.pending().isEmpty());
            HedgeProposal p = proposed.pending().get(0).proposal();
            double before = btc(workstation).netDeltaCoin();
            assertTrue(Math.abs(before) > 1.0, "the demo book starts outside the band: " + before);
            assertEquals(before > 0 ? Side.SELL : Side.BUY, p.side());
            assertEquals("BTC-PERPETUAL", p.instrument().name());

            IntentResult approved = hedger.intent(c -> c.approve(p.id(), true, "test")).get(10, TimeUnit.SECONDS);
            assertEquals(IntentResult.Outcome.DONE, approved.outcome(), approved.message());

            await(hedger::status, s -> s.openOrders().isEmpty());
            UnderlyingRisk after = await(() -> btc(workstation), u -> Math.abs(u.netDeltaCoin()) <= 1.05);
            assertTrue(Math.abs(after.netDeltaCoin()) < Math.abs(before), "hedged toward flat: " + before + " -> "
                    + after.netDeltaCoin());
        }
    }

    @Test
    void semiAutomaticModeHedgesTheBreachByItself() throws Exception {
        WorkstationOptions options = new WorkstationOptions(List.of(VenueChoice.SIM), null, 42,
                AnalyticsSettings.DEFAULT, HedgeMode.SEMI_AUTO);
        try (Workstation workstation = Workstation.start(options, Map.of())) {
            UnderlyingRisk start = await(() -> btc(workstation), u -> u.unpricedCount() == 0 && u.positionCount() > 0);
            assertTrue(Math.abs(start.netDeltaCoin()) > 1.0, "the demo book starts outside the band");
            // No one approves anything: the hedge is inside the automatic limits, so it goes out alone.
            UnderlyingRisk after = await(() -> btc(workstation), u -> Math.abs(u.netDeltaCoin()) <= 1.05);
            assertTrue(workstation.hedger().status().pending().isEmpty(), "nothing waited for a person");
            assertTrue(workstation.auditLog().recent(50).stream()
                    .anyMatch(r -> r.event().actor().equals("hedger") && r.event().message().contains("FILLED")),
                    "the fill is in the audit log");
            assertTrue(Math.abs(after.netDeltaCoin()) < Math.abs(start.netDeltaCoin()));
        }
    }

    private static UnderlyingRisk btc(Workstation w) {
        return w.engine().latest().underlying("BTC");
    }

    private static <T> T await(Supplier<T> value, Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        T last = null;
        while (System.nanoTime() < deadline) {
            last = value.get();
            if (last != null && done.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out; last value " + last);
    }
}
