package com.hedgeflow.engine.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.orders.InMemoryOrderJournal;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderIntent;
import com.hedgeflow.engine.orders.OrderOrigin;
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.orders.RecordingGateway;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import com.hedgeflow.engine.orders.checks.InstrumentLimits;
import com.hedgeflow.engine.orders.checks.PreTradeLimits;
import com.hedgeflow.engine.orders.checks.Verdict;
import com.hedgeflow.engine.risk.RiskSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hedger end to end on hand-made snapshots: BTC at 100,000, a ±0.5 BTC fixed band, hedging on the Deribit
 * perpetual (bid 99,990, ask 100,010, mark 100,000). A book at +1.5 BTC sells 100,000 USD at 99,800 to the
 * band's upper edge.
 */
class HedgeControllerTest {
    private final TestClock clock = new TestClock(Books.T0);
    private final FakeMarket market = new FakeMarket().list(Books.PERP);
    private final InMemoryOrderJournal journal = new InMemoryOrderJournal("journal-test");
    private final RecordingGateway gateway = new RecordingGateway(journal);
    private final RecordingAudit audit = new RecordingAudit();
    private HedgeController hedger = hedger(0);

    private HedgeController hedger(double typicalClip) {
        PreTradeLimits limits = PreTradeLimits.standard(250_000, 500_000, 20,
                Map.of(Books.PERP.key(), new InstrumentLimits(200_000, 400_000, 2_000_000, typicalClip)));
        UnderlyingSetup setup = new UnderlyingSetup("BTC", FixedBandPolicy.coin(0.5),
                List.of(new HedgeVenue(Books.PERP.key(), 0.0005)), limits,
                new AutoLimits(150_000, 2, Duration.ofMinutes(1)), ExecutionSettings.standard());
        HedgeController h = new HedgeController(clock, market, gateway, journal, audit, List.of(setup));
        h.onVenueReconciled(Books.VENUE, Books.T0.minusSeconds(10));
        return h;
    }

    private void quote(double mark) {
        market.quote(Books.PERP, mark - 10, mark + 10, mark, clock.instant());
    }

    private RiskSnapshot book(double delta, double perpPosition) {
        return Books.btc(clock.instant()).netDelta(delta).holding(Books.PERP, perpPosition).build();
    }

    private HedgeProposal proposeAt(double delta, double perp) {
        quote(100_000);
        hedger.onSnapshot(book(delta, perp));
        assertEquals(1, hedger.pending().size(), "one proposal waits");
        return hedger.pending().get(0).proposal();
    }

    private void later(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    @Test
    void offDoesNothing() {
        quote(100_000);
        hedger.onSnapshot(book(1.5, -200_000));
        assertTrue(hedger.pending().isEmpty());
        assertTrue(gateway.sent.isEmpty());
    }

    @Test
    void manualModeQueuesAProposalAndTheClickSendsIt() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        assertEquals(Side.SELL, p.side());
        assertEquals(100_000, p.size(), 0);
        assertEquals(99_800, p.limitPrice(), 0);
        assertEquals(0.5, p.expectedDeltaAfterCoin(), 1e-12);
        assertEquals(ReasonCode.BAND_BREACH, p.reason());
        assertEquals(14, audit.last(AuditKind.PROPOSAL_CREATED).checks().size());

        later(1_500);
        IntentResult r = hedger.approve(p.id(), false, "alice");
        assertTrue(r.done(), r.message());
        OrderIntent sent = gateway.sent.get(0);
        assertEquals(r.subject(), sent.clientOrderId());
        assertTrue(sent.clientOrderId().startsWith("hf-BTC-1-"), sent.clientOrderId());
        assertEquals(Side.SELL, sent.side());
        assertEquals(100_000, sent.size(), 0);
        assertEquals(99_800, sent.limitPrice(), 0);
        assertEquals(TimeInForce.IMMEDIATE_OR_CANCEL, sent.timeInForce());
        assertEquals(OrderOrigin.APPROVED_HEDGE, sent.origin());
        assertEquals(p.id(), sent.proposalId());
        assertEquals(2, gateway.journalAtSend.get(0).size(), "intent and send journaled before the wire");
        assertTrue(hedger.pending().isEmpty());
        AuditEvent a = audit.last(AuditKind.ORDER_SENT);
        assertEquals("alice", a.actor());
        assertEquals(15, a.checks().size(), "all 14 checks again at the click, plus approval freshness");
    }

    @Test
    void anApprovalAfterTheWindowExpiresAndAFreshProposalFollows() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        later(6_000);
        IntentResult r = hedger.approve(p.id(), true, "alice");
        assertEquals(IntentResult.Outcome.EXPIRED, r.outcome());
        assertTrue(gateway.sent.isEmpty());
        HedgeProposal next = proposeAt(1.5, -200_000);
        assertNotEquals(p.id(), next.id());
    }

    @Test
    void anUnapprovedProposalExpiresOnItsOwn() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        later(5_000);
        hedger.onSnapshot(book(0.2, -200_000));
        assertTrue(hedger.pending().isEmpty());
        assertEquals(p.id(), audit.last(AuditKind.PROPOSAL_EXPIRED).subject());
    }

    @Test
    void aMarkThatMovedSinceTheProposalMeansApproveAgain() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        later(1_000);
        quote(100_400); // 40 bps: beyond the 25 bps requote band
        IntentResult r = hedger.approve(p.id(), true, "alice");
        assertEquals(IntentResult.Outcome.BLOCKED, r.outcome());
        assertEquals(Verdict.HARD_BLOCK, r.checks().result("PT-14").verdict());
        assertTrue(r.message().contains("moved 40.0 bps"), r.message());
        assertTrue(gateway.sent.isEmpty());
        hedger.onSnapshot(book(1.5, -200_000));
        assertEquals(100_400, hedger.pending().get(0).proposal().markPrice(), 0);
    }

    @Test
    void aFeedThatDroppedBeforeTheClickBlocksEvenAConfirmedApproval() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        later(1_000);
        hedger.onSnapshot(Books.btc(clock.instant()).netDelta(1.5).holding(Books.PERP, -200_000)
                .feed(Books.VENUE, FeedState.RECONNECTING, clock.instant(), clock.instant()).build());
        IntentResult r = hedger.approve(p.id(), true, "alice");
        assertEquals(IntentResult.Outcome.BLOCKED, r.outcome());
        assertTrue(r.message().contains("deribit is RECONNECTING"), r.message());
        assertTrue(gateway.sent.isEmpty());
    }

    @Test
    void aDeltaThatCameBackBeforeTheClickBlocksTheHedge() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        later(1_000);
        hedger.onSnapshot(book(0.2, -200_000)); // the market did the hedge; selling 1 BTC now would overshoot
        IntentResult r = hedger.approve(p.id(), true, "alice");
        assertEquals(IntentResult.Outcome.BLOCKED, r.outcome());
        assertEquals(Verdict.HARD_BLOCK, r.checks().result("PT-06").verdict());
    }

    @Test
    void aSmallDriftBeforeTheClickIsNoOvershoot() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        later(1_000);
        quote(100_000);
        hedger.onSnapshot(book(1.45, -200_000)); // lands at 0.45, just inside the band: still a good hedge
        IntentResult r = hedger.approve(p.id(), false, "alice");
        assertTrue(r.done(), r.message());
    }

    @Test
    void softLimitsNeedAnExplicitConfirmation() {
        hedger = hedger(10_000); // the usual clip is 10,000 USD: 100,000 is a fat finger until confirmed
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        IntentResult first = hedger.approve(p.id(), false, "alice");
        assertEquals(IntentResult.Outcome.NEEDS_CONFIRMATION, first.outcome());
        assertTrue(first.message().contains("fat finger"), first.message());
        assertEquals(1, hedger.pending().size(), "still waiting");
        assertTrue(hedger.approve(p.id(), true, "alice").done());
        assertEquals(1, gateway.sent.size());
    }

    @Test
    void aModifiedProposalNeedsItsOwnApprovalAndOffLotSizesAreRefused() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        assertEquals(IntentResult.Outcome.REFUSED, hedger.modify(p.id(), 50_005, 99_800, "alice").outcome());
        IntentResult m = hedger.modify(p.id(), 50_000, 99_900, "alice");
        assertTrue(m.done(), m.message());
        HedgeProposal modified = hedger.pending().get(0).proposal();
        assertEquals(m.subject(), modified.id());
        assertEquals(IntentResult.Outcome.UNKNOWN, hedger.approve(p.id(), false, "alice").outcome());
        assertTrue(hedger.approve(modified.id(), false, "alice").done());
        assertEquals(50_000, gateway.sent.get(0).size(), 0);
        assertEquals(99_900, gateway.sent.get(0).limitPrice(), 0);
    }

    @Test
    void aRejectedProposalIsGoneAndAudited() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        assertTrue(hedger.reject(p.id(), "alice").done());
        assertTrue(hedger.pending().isEmpty());
        assertEquals("alice", audit.last(AuditKind.PROPOSAL_REJECTED).actor());
    }

    @Test
    void semiAutoSendsInsideItsLimitsByItself() {
        hedger.setMode(HedgeMode.SEMI_AUTO, "alice");
        quote(100_000);
        hedger.onSnapshot(book(1.5, -200_000));
        assertEquals(1, gateway.sent.size());
        assertEquals(OrderOrigin.AUTO_HEDGE, gateway.sent.get(0).origin());
        assertTrue(hedger.pending().isEmpty());
    }

    @Test
    void semiAutoAsksAPersonAboveItsLimits() {
        hedger.setMode(HedgeMode.SEMI_AUTO, "alice");
        quote(100_000);
        hedger.onSnapshot(book(2.5, 0)); // 200,000 USD: above the 150,000 automatic limit
        assertTrue(gateway.sent.isEmpty());
        assertEquals(1, hedger.pending().size());
        assertTrue(audit.last(AuditKind.PROPOSAL_CREATED).message().contains("above the automatic limit"));
    }

    @Test
    void tooManyAutomaticHedgesTurnAutomaticModeOffUntilAPersonTurnsItOn() {
        hedger.setMode(HedgeMode.SEMI_AUTO, "alice");
        double perp = -200_000;
        for (int round = 0; round < 3; round++) {
            quote(100_000);
            hedger.onSnapshot(book(1.5, perp)); // the market keeps pushing delta up
            if (round < 2) {
                OrderIntent i = gateway.sent.get(round);
                hedger.onOrderEvent(new OrderEvent.Filled(i.clientOrderId(), clock.instant(), "t-" + round,
                        i.size(), 99_990, 0));
                perp -= i.size();
                later(11_000); // past the duplicate window
            }
        }
        assertEquals(2, gateway.sent.size());
        assertEquals(HedgeMode.MANUAL, hedger.mode());
        assertTrue(hedger.status().autoOffReason().contains("more than 2 automatic hedges"),
                hedger.status().autoOffReason());
        assertNotNull(audit.last(AuditKind.AUTO_TRIPPED));
        assertEquals(1, hedger.pending().size(), "the hedge that tripped it waits for a person");
        hedger.setMode(HedgeMode.SEMI_AUTO, "bob");
        assertEquals(HedgeMode.SEMI_AUTO, hedger.mode());
        assertEquals("", hedger.status().autoOffReason());
    }

    @Test
    void theKillSwitchCancelsDisarmsAndBlocksRiskUntilAnExplicitResume() {
        hedger.setMode(HedgeMode.SEMI_AUTO, "alice");
        hedger.engageKillSwitch("carol", "runaway fills");
        assertEquals(List.of(Books.VENUE), gateway.cancelledAll);
        assertEquals(HedgeMode.MANUAL, hedger.mode());
        assertTrue(hedger.killSwitch().engaged());
        assertEquals(IntentResult.Outcome.REFUSED, hedger.setMode(HedgeMode.SEMI_AUTO, "carol").outcome());

        HedgeProposal growsShort = proposeAt(1.5, -200_000);
        IntentResult r = hedger.approve(growsShort.id(), true, "carol");
        assertEquals(IntentResult.Outcome.BLOCKED, r.outcome());
        assertEquals(Verdict.HARD_BLOCK, r.checks().result("PT-11").verdict());

        later(1_000);
        HedgeProposal reducesLong = proposeAt(1.5, 300_000);
        assertTrue(hedger.approve(reducesLong.id(), false, "carol").done(), "reduce-only still goes out");
        assertTrue(gateway.sent.get(0).reduceOnly());

        assertTrue(hedger.resumeAfterKill("carol").done());
        assertFalse(hedger.killSwitch().engaged());
        assertEquals(HedgeMode.MANUAL, hedger.mode(), "resuming does not re-arm automatic mode");
        assertEquals(IntentResult.Outcome.REFUSED, hedger.resumeAfterKill("carol").outcome());
    }

    @Test
    void aTimeoutIsQueriedNeverResentAndRetriedUnderTheSameIdOnlyAfterNotFound() {
        hedger.setMode(HedgeMode.SEMI_AUTO, "alice");
        quote(100_000);
        hedger.onSnapshot(book(1.5, -200_000));
        String id = gateway.sent.get(0).clientOrderId();
        hedger.onOrderEvent(new OrderEvent.InDoubt(id, clock.instant(), "HTTP 504"));
        assertEquals(OrderState.IN_DOUBT, hedger.order(id).state());

        later(2_000);
        quote(100_000);
        hedger.onSnapshot(book(1.5, -200_000));
        assertEquals(1, gateway.queried.size());
        assertEquals(1, gateway.sent.size(), "nothing new while the order is in doubt");

        hedger.onOrderEvent(new OrderEvent.NotFound(id, clock.instant()));
        assertEquals(2, gateway.sent.size());
        assertEquals(id, gateway.sent.get(1).clientOrderId());
        assertEquals(OrderState.SENT, hedger.order(id).state());
        assertEquals(2, hedger.order(id).sendCount());
        assertNotNull(audit.last(AuditKind.ORDER_RETRIED));
    }

    @Test
    void noSecondHedgeUntilTheFillsShowInThePositions() {
        hedger.setMode(HedgeMode.SEMI_AUTO, "alice");
        quote(100_000);
        hedger.onSnapshot(book(1.5, -200_000));
        OrderIntent first = gateway.sent.get(0);
        hedger.onOrderEvent(new OrderEvent.Filled(first.clientOrderId(), clock.instant(), "t-1", 100_000, 99_990, 0));

        for (int i = 0; i < 12; i++) { // positions never update: the snapshot still says +1.5
            later(1_000);
            quote(100_000);
            hedger.onSnapshot(book(1.5, -200_000));
        }
        assertEquals(1, gateway.sent.size(), "the stale delta is not hedged twice");
        assertTrue(audit.last(AuditKind.SETTLE_TIMEOUT).message().contains("must be reconciled"));

        later(1_000);
        quote(100_000);
        hedger.onVenueReconciled(Books.VENUE, clock.instant());
        hedger.onSnapshot(book(1.5, -300_000));
        assertEquals(2, gateway.sent.size(), "reconciled: hedging resumes");
    }

    @Test
    void aRestartRecoversTheJournalAndContinuesTheIds() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal p = proposeAt(1.5, -200_000);
        String id = hedger.approve(p.id(), false, "alice").subject();

        later(60_000);
        HedgeController restarted = hedger(0);
        assertEquals(HedgeMode.OFF, restarted.mode());
        assertEquals(OrderState.IN_DOUBT, restarted.order(id).state());
        assertEquals(List.of(id), restarted.status().openOrders().stream().map(o -> o.clientOrderId()).toList());
        restarted.onOrderEvent(new OrderEvent.Found(id, clock.instant(), OrderState.FILLED, 100_000, 99_990, "v-1"));
        assertEquals(OrderState.FILLED, restarted.order(id).state());

        hedger = restarted;
        hedger.setMode(HedgeMode.MANUAL, "alice");
        HedgeProposal again = proposeAt(1.5, -300_000);
        assertTrue(hedger.approve(again.id(), false, "alice").subject().startsWith("hf-BTC-2-"));
    }

    @Test
    void anImpossibleVenueEventIsRefusedAndAudited() {
        IntentResult r = hedger.onOrderEvent(new OrderEvent.Acknowledged("hf-BTC-9-ffffff", clock.instant(), "v"));
        assertEquals(IntentResult.Outcome.REFUSED, r.outcome());
        assertNotNull(audit.last(AuditKind.ORDER_EVENT_REFUSED));
    }

    @Test
    void statusShowsTheLatestDecisionAndPolicyChangesAreAudited() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        quote(100_000);
        hedger.onSnapshot(book(0.3, -200_000));
        HedgeDecision d = hedger.status().lastDecisions().get("BTC");
        assertFalse(d.isTrade());
        assertTrue(d.why().contains("inside band"), d.why());

        hedger.setPolicy("BTC", FixedBandPolicy.coin(0.2), "alice");
        assertEquals("alice", audit.last(AuditKind.POLICY_CHANGED).actor());
        hedger.onSnapshot(book(0.3, -200_000));
        assertEquals(1, hedger.pending().size());
        assertEquals(-0.1, hedger.pending().get(0).proposal().deltaChangeCoin(), 1e-12);
    }

    @Test
    void aTradeTooSmallForOneLotIsNotedOnceNotOnEverySnapshot() {
        hedger.setMode(HedgeMode.MANUAL, "alice");
        hedger.setPolicy("BTC", FixedBandPolicy.coin(0.5), "alice");
        quote(100_000);
        for (int i = 0; i < 5; i++) {
            hedger.onSnapshot(book(0.50005, 0));
            later(100);
        }
        assertEquals(1, audit.of(AuditKind.NO_PROPOSAL).size());
        assertTrue(audit.last(AuditKind.NO_PROPOSAL).message().contains("less than one lot"));
    }
}
