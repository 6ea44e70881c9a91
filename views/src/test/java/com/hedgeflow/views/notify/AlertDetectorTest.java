package com.hedgeflow.views.notify;

import static com.hedgeflow.views.notify.Desks.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.KillSwitchState;
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.orders.checks.CheckReport;
import com.hedgeflow.engine.orders.checks.CheckResult;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.views.notify.DeskAlert.Kind;
import com.hedgeflow.views.notify.DeskAlert.Severity;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AlertDetectorTest {

    private final AlertDetector detector = new AlertDetector();

    private static RiskSnapshot connected(Instant lastMessage) {
        return Desks.feed(FeedState.CONNECTED, lastMessage);
    }

    private List<Kind> kinds(RiskSnapshot s, HedgerStatus h, Instant now) {
        return detector.detect(s, h, now).stream().map(DeskAlert::kind).collect(Collectors.toList());
    }

    @Test
    void aHealthyStartSaysNothing() {
        assertEquals(List.of(), kinds(connected(T0), Desks.quiet(), T0));
        assertEquals(List.of(), kinds(connected(T0.plusSeconds(1)), Desks.quiet(), T0.plusSeconds(1)));
        assertEquals(List.of(), kinds(connected(T0), null, T0), "no hedger: only feed checks");
    }

    @Test
    void aFeedDropAlertsOnceAndItsReturnOnce() {
        kinds(connected(T0), null, T0);

        List<DeskAlert> drop = detector.detect(Desks.feed(FeedState.RECONNECTING, T0), null, T0.plusSeconds(1));
        assertEquals(1, drop.size());
        assertEquals(Kind.FEED_DOWN, drop.get(0).kind());
        assertEquals(Severity.WARN, drop.get(0).severity());
        assertEquals("deribit feed reconnecting", drop.get(0).title());
        assertEquals(List.of(), kinds(Desks.feed(FeedState.RECONNECTING, T0), null, T0.plusSeconds(2)),
                "the same state again is no news");
        assertEquals(List.of(), kinds(Desks.feed(FeedState.CONNECTING, T0), null, T0.plusSeconds(3)));

        List<DeskAlert> back = detector.detect(connected(T0.plusSeconds(4)), null, T0.plusSeconds(4));
        assertEquals(List.of(Kind.FEED_BACK), back.stream().map(DeskAlert::kind).collect(Collectors.toList()));
        assertEquals(Severity.INFO, back.get(0).severity());
        assertEquals(List.of(), kinds(connected(T0.plusSeconds(5)), null, T0.plusSeconds(5)));

        List<DeskAlert> stopped = detector.detect(Desks.feed(FeedState.STOPPED, T0), null, T0.plusSeconds(6));
        assertEquals(Severity.ERROR, stopped.get(0).severity(), "a stopped feed is worse than a reconnecting one");
    }

    @Test
    void aFeedThatNeverConnectedIsNotADisconnect() {
        assertEquals(List.of(), kinds(Desks.feed(FeedState.CONNECTING, T0), null, T0));
        assertEquals(List.of(), kinds(Desks.feed(FeedState.RECONNECTING, T0), null, T0.plusSeconds(1)));
        assertEquals(List.of(), kinds(connected(T0.plusSeconds(2)), null, T0.plusSeconds(2)), "no back without down");
    }

    @Test
    void staleDataAlertsOnceUntilItRecovers() {
        assertEquals(List.of(), kinds(connected(T0), null, T0.plusMillis(5_000)), "5 s exactly is not stale yet");
        List<DeskAlert> stale = detector.detect(connected(T0), null, T0.plusMillis(5_200));
        assertEquals(List.of(Kind.STALE_DATA), stale.stream().map(DeskAlert::kind).collect(Collectors.toList()));
        assertEquals("No message from deribit for 5.2 s while connected", stale.get(0).text());
        assertEquals(List.of(), kinds(connected(T0), null, T0.plusSeconds(9)), "still stale: no repeat");

        assertEquals(List.of(), kinds(connected(T0.plusSeconds(10)), null, T0.plusSeconds(10)), "recovered");
        assertEquals(List.of(Kind.STALE_DATA), kinds(connected(T0.plusSeconds(10)), null, T0.plusSeconds(16)),
                "stale again after recovering");
    }

    @Test
    void aDisconnectedFeedIsNotAlsoStale() {
        kinds(connected(T0), null, T0);
        assertEquals(List.of(Kind.FEED_DOWN), kinds(Desks.feed(FeedState.RECONNECTING, T0), null, T0.plusSeconds(30)));
    }

    @Test
    void eachOrderOutcomeAlertsOnce() {
        HedgerStatus sent = Desks.withOrders(Desks.order("o-1", OrderState.SENT, 0),
                Desks.order("o-2", OrderState.ACKNOWLEDGED, 0), Desks.order("o-3", OrderState.SENT, 0),
                Desks.order("o-4", OrderState.SENT, 0));
        assertEquals(List.of(), kinds(connected(T0), sent, T0), "routine states are not news");

        HedgerStatus moved = Desks.withOrders(Desks.order("o-1", OrderState.FILLED, 150_000),
                Desks.order("o-2", OrderState.CANCELLED, 0), Desks.order("o-3", OrderState.REJECTED, 0),
                Desks.order("o-4", OrderState.IN_DOUBT, 0));
        List<DeskAlert> alerts = detector.detect(connected(T0), moved, T0);
        assertEquals(List.of(Kind.ORDER_FILLED, Kind.ORDER_CANCELLED, Kind.ORDER_REJECTED, Kind.ORDER_IN_DOUBT),
                alerts.stream().map(DeskAlert::kind).collect(Collectors.toList()));
        assertEquals("Filled o-1", alerts.get(0).title());
        assertEquals("SELL 150,000 BTC-PERPETUAL @ 59,950 on deribit at avg 59,960", alerts.get(0).text());
        assertEquals(Severity.ERROR, alerts.get(2).severity());
        assertEquals(Severity.ERROR, alerts.get(3).severity());
        assertEquals(List.of(), kinds(connected(T0), moved, T0), "the same snapshot again: no duplicates");

        // Terminal orders then leave the open list: already reported, so no "closed" alert.
        assertEquals(List.of(), kinds(connected(T0), Desks.withOrders(Desks.order("o-4", OrderState.IN_DOUBT, 0)), T0));
    }

    @Test
    void partialFillsAlertPerNewFillAndADisappearanceCloses() {
        kinds(connected(T0), Desks.withOrders(Desks.order("o-1", OrderState.ACKNOWLEDGED, 0)), T0);
        HedgerStatus part = Desks.withOrders(Desks.order("o-1", OrderState.PARTIALLY_FILLED, 50_000));
        assertEquals(List.of(Kind.ORDER_PARTIALLY_FILLED), kinds(connected(T0), part, T0));
        assertEquals(List.of(), kinds(connected(T0), part, T0));
        assertEquals(List.of(Kind.ORDER_PARTIALLY_FILLED), kinds(connected(T0),
                Desks.withOrders(Desks.order("o-1", OrderState.PARTIALLY_FILLED, 100_000)), T0));

        // The hedger lists only unfinished orders: a finished one vanishes before its end state is ever seen.
        List<DeskAlert> closed = detector.detect(connected(T0), Desks.quiet(), T0);
        assertEquals(List.of(Kind.ORDER_CLOSED), closed.stream().map(DeskAlert::kind).collect(Collectors.toList()));
        assertTrue(closed.get(0).text().contains("100,000 of 150,000 filled when last seen"), closed.get(0).text());
        assertEquals(List.of(), kinds(connected(T0), Desks.quiet(), T0));
    }

    @Test
    void anOrderAlreadyInDoubtAtStartAlerts() {
        assertEquals(List.of(Kind.ORDER_IN_DOUBT),
                kinds(connected(T0), Desks.withOrders(Desks.order("o-9", OrderState.IN_DOUBT, 0)), T0));
    }

    @Test
    void blockedProposalsAlertOncePerProposal() {
        CheckReport hard = new CheckReport(List.of(CheckResult.pass("PT-01", "size", "ok"),
                CheckResult.hard("PT-02", "collar", "limit 158 bps from the mark")));
        CheckReport soft = new CheckReport(List.of(CheckResult.soft("PT-05", "notional", "over 100k")));
        CheckReport ok = new CheckReport(List.of(CheckResult.pass("PT-01", "size", "ok")));
        HedgerStatus s = Desks.status("", KillSwitchState.OFF,
                List.of(Desks.proposal("p-1", hard), Desks.proposal("p-2", soft), Desks.proposal("p-3", ok)),
                List.of());
        List<DeskAlert> alerts = detector.detect(connected(T0), s, T0);
        assertEquals(List.of("proposal:p-1", "proposal:p-2"),
                alerts.stream().map(DeskAlert::key).collect(Collectors.toList()));
        assertEquals(Severity.ERROR, alerts.get(0).severity());
        assertEquals(Severity.WARN, alerts.get(1).severity());
        assertTrue(alerts.get(0).text().contains("PT-02 collar: limit 158 bps from the mark"), alerts.get(0).text());
        assertEquals(List.of(), kinds(connected(T0), s, T0));

        kinds(connected(T0), Desks.quiet(), T0);
        assertEquals(List.of(Kind.PROPOSAL_BLOCKED), kinds(connected(T0), Desks.status("", KillSwitchState.OFF,
                List.of(Desks.proposal("p-1", hard)), List.of()), T0), "a proposal id back after leaving is new");
    }

    @Test
    void autoOffAndTheKillSwitchAlertOnTheirChange() {
        HedgerStatus off = Desks.status("delta feed stale for 30 s", KillSwitchState.OFF, List.of(), List.of());
        List<DeskAlert> a = detector.detect(connected(T0), off, T0);
        assertEquals(List.of(Kind.AUTO_OFF), a.stream().map(DeskAlert::kind).collect(Collectors.toList()));
        assertEquals("delta feed stale for 30 s", a.get(0).text());
        assertEquals(List.of(), kinds(connected(T0), off, T0));
        kinds(connected(T0), Desks.quiet(), T0);
        assertEquals(List.of(Kind.AUTO_OFF), kinds(connected(T0), off, T0), "switched off again");

        HedgerStatus killed = Desks.status("", new KillSwitchState(true, T0, "alice", "runaway orders"), List.of(),
                List.of());
        List<DeskAlert> k = detector.detect(connected(T0), killed, T0);
        assertEquals(List.of(Kind.KILL_ENGAGED), k.stream().map(DeskAlert::kind).collect(Collectors.toList()));
        assertEquals("Hedging stopped by alice: runaway orders", k.get(0).text());
        assertEquals(List.of(), kinds(connected(T0), killed, T0));
        assertEquals(List.of(Kind.KILL_RELEASED), kinds(connected(T0), Desks.quiet(), T0));
    }

    @Test
    void withoutAHedgerStatusTheHedgerMemoryIsKept() {
        kinds(connected(T0), Desks.withOrders(Desks.order("o-1", OrderState.IN_DOUBT, 0)), T0);
        assertEquals(List.of(), kinds(connected(T0), null, T0));
        assertEquals(List.of(), kinds(connected(T0), Desks.withOrders(Desks.order("o-1", OrderState.IN_DOUBT, 0)), T0));
    }
}
