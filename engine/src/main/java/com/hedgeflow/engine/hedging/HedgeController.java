package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.orders.LotSize;
import com.hedgeflow.engine.orders.Order;
import com.hedgeflow.engine.orders.OrderDesk;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderGateway;
import com.hedgeflow.engine.orders.OrderIntent;
import com.hedgeflow.engine.orders.OrderJournal;
import com.hedgeflow.engine.orders.OrderOrigin;
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import com.hedgeflow.engine.orders.checks.CheckReport;
import com.hedgeflow.engine.orders.checks.CheckResult;
import com.hedgeflow.engine.orders.checks.OrderTicket;
import com.hedgeflow.engine.orders.checks.PreTradeChecks;
import com.hedgeflow.engine.orders.checks.PreTradeContext;
import com.hedgeflow.engine.orders.checks.ReferencePrice;
import com.hedgeflow.engine.risk.PositionRisk;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hedger: on every risk snapshot it asks each underlying's policy for a decision, turns a trade into a
 * proposal on the cheapest instrument, and either queues it for a person (manual), sends it by itself inside the
 * automatic limits (semi-automatic), or does nothing (off). It owns the mode, the proposal queue and the kill
 * switch; every order goes through the pre-trade checks and the order desk's journal; every proposal, order
 * event, check result and change of mode lands in the audit sink.
 *
 * <p>Single-threaded: call everything on the engine thread (snapshots, venue order events, people's intents).
 * The order gateway must deliver outcomes later through {@link #onOrderEvent}, never from inside a send.
 */
public final class HedgeController {
    /** How often an IN_DOUBT order is queried, and the grace before the first query. */
    public static final Duration IN_DOUBT_QUERY_INTERVAL = Duration.ofSeconds(2);

    private final Clock clock;
    private final MarketLookup market;
    private final AuditSink audit;
    private final OrderDesk desk;
    private final PreTradeChecks checks = PreTradeChecks.standard();
    private final Map<String, Hedged> underlyings = new LinkedHashMap<>();
    private final Map<String, Instant> reconciledAt = new HashMap<>();
    private HedgeMode mode = HedgeMode.OFF;
    private String autoOffReason = "";
    private KillSwitchState kill = KillSwitchState.OFF;
    private RiskSnapshot latest = RiskSnapshot.EMPTY;
    private long proposalSequence;

    /** Per underlying: its setup and what the hedger remembers between snapshots. */
    private static final class Hedged {
        UnderlyingSetup setup;
        ProposalBuilder builder;
        final AutoHedgeGovernor governor = new AutoHedgeGovernor();
        Instant lastHedgeAt;
        PendingProposal pending;
        Settlement settling;
        HedgeDecision lastDecision;
        String lastNoteKey = "";

        Hedged(UnderlyingSetup setup) {
            use(setup);
        }

        void use(UnderlyingSetup s) {
            setup = s;
            builder = new ProposalBuilder(s.execution().aggressionBps(), s.execution().approvalTtl());
        }
    }

    /**
     * Replays the journal and recovers from a restart: unsent intents are cancelled, orders that were out are
     * IN_DOUBT and will be queried. Starts OFF; every venue needs a reconciliation before it is traded.
     */
    public HedgeController(Clock clock, MarketLookup market, OrderGateway gateway, OrderJournal journal,
                           AuditSink audit, List<UnderlyingSetup> setups) {
        this.clock = clock;
        this.market = market;
        this.audit = audit;
        this.desk = OrderDesk.recover(journal, gateway, IN_DOUBT_QUERY_INTERVAL, clock.instant());
        for (UnderlyingSetup s : setups) {
            if (underlyings.put(s.underlying(), new Hedged(s)) != null) {
                throw new IllegalArgumentException("underlying " + s.underlying() + " is set up twice");
            }
        }
    }

    // ---------------------------------------------------------------- engine events

    /** A new picture of the book: expire, settle, decide, propose or send. */
    public void onSnapshot(RiskSnapshot snapshot) {
        Instant now = clock.instant();
        latest = snapshot;
        desk.queryInDoubt(now);
        for (Map.Entry<String, Hedged> e : underlyings.entrySet()) {
            Hedged h = e.getValue();
            expirePending(e.getKey(), h, now);
            settle(e.getKey(), h, now);
            if (mode != HedgeMode.OFF) {
                evaluate(e.getKey(), h, now);
            }
        }
    }

    /** An order outcome from a venue (ack, fill, cancel, reject, timeout, query answer). */
    public IntentResult onOrderEvent(OrderEvent event) {
        Order order;
        try {
            order = desk.onEvent(event);
        } catch (RuntimeException e) {
            emit(AuditKind.ORDER_EVENT_REFUSED, underlyingOf(event.clientOrderId()), event.clientOrderId(),
                    AuditEvent.HEDGER, e.getMessage() + " (" + event + ")", List.of());
            return IntentResult.of(IntentResult.Outcome.REFUSED, event.clientOrderId(), e.getMessage());
        }
        emit(AuditKind.ORDER_UPDATE, order.intent().underlying(), order.clientOrderId(), AuditEvent.HEDGER,
                order.state() + " filled " + order.filledSize() + "/" + order.intent().size() + " after " + event,
                List.of());
        if (event instanceof OrderEvent.NotFound && order.intent().origin() == OrderOrigin.AUTO_HEDGE
                && mode == HedgeMode.SEMI_AUTO && order.sendCount() < 2) {
            // Absence proven: automatic mode may retry once, same id, after every check passes again.
            retry(order.clientOrderId(), AuditEvent.HEDGER, false);
        }
        return IntentResult.done(order.clientOrderId(), order.state().name(), null);
    }

    /** The app finished reconciling positions and open orders with a venue (after every connect and start). */
    public void onVenueReconciled(String venue, Instant at) {
        reconciledAt.put(venue, at);
        emit(AuditKind.VENUE_RECONCILED, "", venue, AuditEvent.HEDGER, venue + " reconciled at " + at, List.of());
    }

    // ---------------------------------------------------------------- people's intents

    public IntentResult setMode(HedgeMode next, String user) {
        if (next == HedgeMode.SEMI_AUTO && kill.engaged()) {
            return IntentResult.of(IntentResult.Outcome.REFUSED, "", "the kill switch is engaged: resume first");
        }
        HedgeMode before = mode;
        mode = next;
        if (next == HedgeMode.SEMI_AUTO) {
            autoOffReason = "";
            underlyings.values().forEach(h -> h.governor.reset());
        }
        if (next == HedgeMode.OFF) {
            underlyings.forEach((u, h) -> drop(u, h, user, "the hedger was turned off"));
        }
        emit(AuditKind.MODE_CHANGED, "", "", user, before + " -> " + next, List.of());
        return IntentResult.done("", before + " -> " + next, null);
    }

    /** Changes a policy (PT-18: audited with who and what). */
    public IntentResult setPolicy(String underlying, HedgePolicy policy, String user) {
        Hedged h = underlyings.get(underlying);
        if (h == null) {
            return IntentResult.of(IntentResult.Outcome.UNKNOWN, underlying, "no hedging set up for " + underlying);
        }
        HedgePolicy before = h.setup.policy();
        h.use(h.setup.withPolicy(policy));
        emit(AuditKind.POLICY_CHANGED, underlying, "", user, before + " -> " + policy, List.of());
        return IntentResult.done(underlying, policy.toString(), null);
    }

    /**
     * Sends a queued proposal after running every check again with the data of this moment.
     *
     * @param confirmSoftBlocks the person has seen the soft warnings (duplicate, fat finger, soft size) and
     *                          accepts them; hard blocks are never lifted
     */
    public IntentResult approve(String proposalId, boolean confirmSoftBlocks, String user) {
        Instant now = clock.instant();
        String underlying = pendingUnderlying(proposalId);
        if (underlying == null) {
            return IntentResult.of(IntentResult.Outcome.UNKNOWN, proposalId,
                    "no proposal " + proposalId + " is waiting (expired, replaced or handled)");
        }
        Hedged h = underlyings.get(underlying);
        HedgeProposal p = h.pending.proposal();
        if (p.expired(now)) {
            h.pending = null;
            emit(AuditKind.PROPOSAL_EXPIRED, underlying, p.id(), user, "approved after it expired at "
                    + p.expiresAt(), List.of());
            return IntentResult.of(IntentResult.Outcome.EXPIRED, p.id(), "the proposal expired at " + p.expiresAt()
                    + "; a fresh one follows");
        }
        if (mode == HedgeMode.OFF) {
            return IntentResult.of(IntentResult.Outcome.REFUSED, p.id(), "the hedger is off");
        }
        ReferencePrice mark = mark(p.instrument());
        CheckReport report = check(null, underlying, p.instrument(), p.side(), p.size(), p.limitPrice(),
                OrderOrigin.APPROVED_HEDGE, p.targetDeltaCoin(), h.setup, now)
                .plus(ApprovalFreshness.check(p, mark, h.setup.execution().requoteBps(), now));
        if (report.allows(confirmSoftBlocks)) {
            h.pending = null;
            return send(underlying, h, p, OrderOrigin.APPROVED_HEDGE, report, user, now);
        }
        if (!report.hasHardBlock()) {
            emit(AuditKind.APPROVAL_NEEDS_CONFIRMATION, underlying, p.id(), user, report.summary(), report.results());
            return new IntentResult(IntentResult.Outcome.NEEDS_CONFIRMATION, p.id(), report.summary(), report);
        }
        h.pending = null;
        emit(AuditKind.APPROVAL_BLOCKED, underlying, p.id(), user, report.summary(), report.results());
        return new IntentResult(IntentResult.Outcome.BLOCKED, p.id(), report.summary(), report);
    }

    /**
     * Replaces a queued proposal with one of another size or limit, which needs its own approval. A size off the
     * lot or a limit off the tick is refused, not rounded.
     */
    public IntentResult modify(String proposalId, double size, double limitPrice, String user) {
        Instant now = clock.instant();
        String underlying = pendingUnderlying(proposalId);
        if (underlying == null) {
            return IntentResult.of(IntentResult.Outcome.UNKNOWN, proposalId, "no proposal " + proposalId
                    + " is waiting");
        }
        Hedged h = underlyings.get(underlying);
        HedgeProposal p = h.pending.proposal();
        UnderlyingRisk u = latest.underlying(underlying);
        ProposalBuilder.Quoted q = quoted(h.setup, p.instrument());
        if (u == null || q == null) {
            return IntentResult.of(IntentResult.Outcome.BLOCKED, p.id(), "no fresh data for " + p.instrument());
        }
        ProposalBuilder.Outcome o = h.builder.modified(nextProposalId(underlying), p, size, limitPrice,
                u.netDeltaCoin(), u.indexPrice(), q, now);
        if (!o.proposed()) {
            return IntentResult.of(IntentResult.Outcome.REFUSED, p.id(), o.whyNot());
        }
        HedgeProposal next = o.proposal();
        CheckReport preview = preview(underlying, h, next, now);
        h.pending = new PendingProposal(next, preview);
        emit(AuditKind.PROPOSAL_MODIFIED, underlying, next.id(), user, p.id() + " -> " + next, preview.results());
        return IntentResult.done(next.id(), next.toString(), preview);
    }

    public IntentResult reject(String proposalId, String user) {
        String underlying = pendingUnderlying(proposalId);
        if (underlying == null) {
            return IntentResult.of(IntentResult.Outcome.UNKNOWN, proposalId, "no proposal " + proposalId
                    + " is waiting");
        }
        Hedged h = underlyings.get(underlying);
        HedgeProposal p = h.pending.proposal();
        h.pending = null;
        // A rejected hedge restarts the schedule, so a time-based policy does not re-propose it at once.
        h.lastHedgeAt = clock.instant();
        emit(AuditKind.PROPOSAL_REJECTED, underlying, p.id(), user, p.toString(), List.of());
        return IntentResult.done(p.id(), "rejected", null);
    }

    /**
     * Sends again, under the same client order id, an order the venue has definitively said it never received.
     * Every check runs again first.
     */
    public IntentResult retry(String clientOrderId, String user, boolean confirmSoftBlocks) {
        Instant now = clock.instant();
        Order o = desk.blotter().order(clientOrderId);
        if (o == null || o.state() != OrderState.INTENT || o.sendCount() == 0) {
            return IntentResult.of(IntentResult.Outcome.UNKNOWN, clientOrderId, "order " + clientOrderId
                    + " is not waiting for a retry");
        }
        OrderIntent i = o.intent();
        Hedged h = underlyings.get(i.underlying());
        if (h == null) {
            return IntentResult.of(IntentResult.Outcome.REFUSED, clientOrderId, "no hedging set up for "
                    + i.underlying());
        }
        UnderlyingRisk u = latest.underlying(i.underlying());
        double target = h.lastDecision instanceof HedgeDecision.Trade t ? t.targetDeltaCoin()
                : h.setup.policy().nominalTargetCoin(u == null ? Double.NaN : u.indexPrice());
        CheckReport report = check(clientOrderId, i.underlying(), i.instrument(), i.side(), i.size(),
                i.limitPrice(), i.origin(), target, h.setup, now);
        if (!report.allows(confirmSoftBlocks)) {
            emit(AuditKind.ORDER_RETRY_BLOCKED, i.underlying(), clientOrderId, user, report.summary(),
                    report.results());
            return new IntentResult(report.hasHardBlock() ? IntentResult.Outcome.BLOCKED
                    : IntentResult.Outcome.NEEDS_CONFIRMATION, clientOrderId, report.summary(), report);
        }
        desk.resend(clientOrderId, now);
        emit(AuditKind.ORDER_RETRIED, i.underlying(), clientOrderId, user, "sent again under the same id",
                report.results());
        return IntentResult.done(clientOrderId, "sent again", report);
    }

    /** Gives up an order waiting for a retry; the hedger will propose afresh. */
    public IntentResult abandon(String clientOrderId, String user) {
        Order o = desk.blotter().order(clientOrderId);
        if (o == null || o.state() != OrderState.INTENT) {
            return IntentResult.of(IntentResult.Outcome.UNKNOWN, clientOrderId, "order " + clientOrderId
                    + " is not an unsent intent");
        }
        desk.abandon(clientOrderId, clock.instant(), "abandoned by " + user);
        emit(AuditKind.ORDER_ABANDONED, o.intent().underlying(), clientOrderId, user, "abandoned", List.of());
        return IntentResult.done(clientOrderId, "abandoned", null);
    }

    /**
     * Cancels every open order on every hedge venue, disarms automatic mode, drops the queue and blocks every
     * risk-increasing order until {@link #resumeAfterKill}.
     */
    public IntentResult engageKillSwitch(String user, String reason) {
        Instant now = clock.instant();
        kill = new KillSwitchState(true, now, user, reason);
        if (mode == HedgeMode.SEMI_AUTO) {
            mode = HedgeMode.MANUAL;
            autoOffReason = "kill switch engaged by " + user;
        }
        underlyings.forEach((u, h) -> drop(u, h, user, "kill switch"));
        emit(AuditKind.KILL_ENGAGED, "", "", user, reason, List.of());
        for (String venue : venues()) {
            try {
                desk.cancelAll(venue);
            } catch (RuntimeException e) {
                emit(AuditKind.KILL_CANCEL_FAILED, "", venue, user, "cancel-all on " + venue + " failed: " + e,
                        List.of());
            }
        }
        return IntentResult.done("", "kill switch engaged; mode " + mode, null);
    }

    /** The only way to clear the kill switch. Automatic mode stays off until turned on again. */
    public IntentResult resumeAfterKill(String user) {
        if (!kill.engaged()) {
            return IntentResult.of(IntentResult.Outcome.REFUSED, "", "the kill switch is not engaged");
        }
        kill = KillSwitchState.OFF;
        emit(AuditKind.KILL_RESUMED, "", "", user, "resumed; mode " + mode, List.of());
        return IntentResult.done("", "resumed; mode " + mode, null);
    }

    // ---------------------------------------------------------------- views

    public HedgerStatus status() {
        List<PendingProposal> pending = new ArrayList<>();
        Map<String, HedgeDecision> decisions = new LinkedHashMap<>();
        underlyings.forEach((u, h) -> {
            if (h.pending != null) {
                pending.add(h.pending);
            }
            if (h.lastDecision != null) {
                decisions.put(u, h.lastDecision);
            }
        });
        List<Order> open = new ArrayList<>();
        for (Order o : desk.blotter().orders()) {
            if (!o.state().isTerminal()) {
                open.add(o);
            }
        }
        return new HedgerStatus(clock.instant(), mode, autoOffReason, kill, pending, decisions, open);
    }

    public HedgeMode mode() {
        return mode;
    }

    public KillSwitchState killSwitch() {
        return kill;
    }

    /** Read access to every order of the session, for screens and tests. */
    public Order order(String clientOrderId) {
        return desk.blotter().order(clientOrderId);
    }

    public List<PendingProposal> pending() {
        return status().pending();
    }

    // ---------------------------------------------------------------- the hedging step

    private void evaluate(String underlying, Hedged h, Instant now) {
        UnderlyingRisk u = latest.underlying(underlying);
        if (u == null || !(u.indexPrice() > 0) || !Double.isFinite(u.netDeltaCoin())) {
            h.lastDecision = HedgeDecision.NoTrade.because("no net delta or index for " + underlying);
            return;
        }
        if (u.unpricedCount() > 0) {
            // A hedge sized on part of the book would be wrong by the missing part; wait for every price.
            h.lastDecision = HedgeDecision.NoTrade.because(u.unpricedCount() + " of " + u.positionCount() + " "
                    + underlying + " positions have no price or vol yet");
            return;
        }
        if (!desk.blotter().working(underlying).isEmpty() || h.settling != null || h.pending != null) {
            return; // one hedge at a time per underlying: wait for the order, its fills, or the person
        }
        HedgeDecision decision = h.setup.policy().decide(inputs(underlying, u, h, now));
        h.lastDecision = decision;
        if (!decision.isTrade()) {
            if (((HedgeDecision.NoTrade) decision).restartsSchedule()) {
                h.lastHedgeAt = now;
            }
            return;
        }
        HedgeDecision.Trade trade = (HedgeDecision.Trade) decision;
        VenueSelector.Choice choice = VenueSelector.choose(h.builder, nextProposalId(underlying), underlying, trade,
                u.netDeltaCoin(), u.indexPrice(), candidates(h.setup), now);
        if (choice.chosen() == null) {
            if (trade.reason() == ReasonCode.SCHEDULE) {
                h.lastHedgeAt = now; // nothing tradeable this round; the schedule moves on
            }
            noteOnce(h, "none:" + choice.considered().size(), AuditKind.NO_PROPOSAL, underlying, "",
                    trade.why() + "; no instrument can take it: " + String.join("; ", choice.considered()),
                    List.of());
            return;
        }
        HedgeProposal p = choice.chosen();
        if (mode == HedgeMode.SEMI_AUTO && p.notionalUsd() <= h.setup.auto().maxNotionalUsdPerOrder()) {
            if (h.governor.wouldExceed(now, h.setup.auto())) {
                tripAuto(underlying, h, now);
                queue(underlying, h, p, now, "automatic mode tripped");
                return;
            }
            CheckReport report = check(null, underlying, p.instrument(), p.side(), p.size(), p.limitPrice(),
                    OrderOrigin.AUTO_HEDGE, p.targetDeltaCoin(), h.setup, now);
            if (report.allows(false)) {
                if (send(underlying, h, p, OrderOrigin.AUTO_HEDGE, report, AuditEvent.HEDGER, now).done()) {
                    h.governor.recordSend(now);
                }
            } else if (!report.hasHardBlock()) {
                queue(underlying, h, p, now, "a soft limit needs a person: " + report.summary());
            } else {
                noteOnce(h, "blocked:" + blockingIds(report), AuditKind.AUTO_BLOCKED, underlying, p.id(),
                        p + ": " + report.summary(), report.results());
            }
            return;
        }
        queue(underlying, h, p, now, mode == HedgeMode.SEMI_AUTO
                ? String.format("notional %.0f USD is above the automatic limit %.0f USD", p.notionalUsd(),
                h.setup.auto().maxNotionalUsdPerOrder())
                : "manual mode");
    }

    private HedgeInputs inputs(String underlying, UnderlyingRisk u, Hedged h, Instant now) {
        double spot = u.indexPrice();
        double gamma = HedgeInputs.gammaFromUsdPer1Pct(u.greeks().gammaUsdPer1Pct(), spot);
        List<OptionLeg> legs = h.setup.policy() instanceof ZakamoulinePolicy
                ? OptionLegs.of(latest, underlying, spot, market, now) : List.of();
        return new HedgeInputs(underlying, now, spot, u.netDeltaCoin(), gamma, h.lastHedgeAt, legs);
    }

    private void queue(String underlying, Hedged h, HedgeProposal p, Instant now, String why) {
        CheckReport preview = preview(underlying, h, p, now);
        h.pending = new PendingProposal(p, preview);
        h.lastNoteKey = "";
        emit(AuditKind.PROPOSAL_CREATED, underlying, p.id(), AuditEvent.HEDGER, p + "; " + p.why() + "; waiting"
                + " for approval (" + why + "); expires " + p.expiresAt(), preview.results());
    }

    private CheckReport preview(String underlying, Hedged h, HedgeProposal p, Instant now) {
        return check(null, underlying, p.instrument(), p.side(), p.size(), p.limitPrice(),
                OrderOrigin.APPROVED_HEDGE, p.targetDeltaCoin(), h.setup, now);
    }

    private IntentResult send(String underlying, Hedged h, HedgeProposal p, OrderOrigin origin, CheckReport report,
                              String actor, Instant now) {
        double positionBefore = position(p.instrument());
        Instrument inst = market.instrument(p.instrument());
        OrderTicket t = ticket(null, underlying, inst, p.side(), p.size(), p.limitPrice(), origin,
                p.targetDeltaCoin());
        String id = desk.nextClientOrderId(underlying);
        OrderIntent intent = new OrderIntent(id, underlying, p.instrument(), p.side(), p.size(), p.limitPrice(),
                TimeInForce.IMMEDIATE_OR_CANCEL, t != null && t.reducesPosition(), origin, p.id(), p.reason().name(),
                now);
        Order o;
        try {
            o = desk.submit(intent, now);
        } catch (RuntimeException e) {
            // The journal could not write: nothing was sent, and nothing may be.
            emit(AuditKind.APPROVAL_BLOCKED, underlying, p.id(), actor, "not sent: " + e.getMessage(),
                    report.results());
            return new IntentResult(IntentResult.Outcome.BLOCKED, p.id(), "not sent: " + e.getMessage(), report);
        }
        h.lastHedgeAt = now;
        h.lastNoteKey = "";
        h.settling = new Settlement(id, p.instrument(), positionBefore);
        emit(AuditKind.ORDER_SENT, underlying, id, actor, origin + " " + p + " as " + id + " (" + o.state() + ")",
                report.results());
        return IntentResult.done(id, "sent " + p, report);
    }

    private void tripAuto(String underlying, Hedged h, Instant now) {
        mode = HedgeMode.MANUAL;
        autoOffReason = String.format("%s: more than %d automatic hedges within %s", underlying,
                h.setup.auto().maxHedgesPerWindow(), h.setup.auto().window());
        emit(AuditKind.AUTO_TRIPPED, underlying, "", AuditEvent.HEDGER, autoOffReason
                + "; automatic mode is off until a person turns it on", List.of());
    }

    /** Clears the wait after a hedge once its fills show in the positions (or the venue was reconciled since). */
    private void settle(String underlying, Hedged h, Instant now) {
        Settlement s = h.settling;
        if (s == null) {
            return;
        }
        Order o = desk.blotter().order(s.clientOrderId);
        if (!o.state().isTerminal()) {
            return;
        }
        if (s.endedAt == null) {
            s.endedAt = now;
        }
        Instrument inst = market.instrument(s.instrument);
        double step = inst == null ? 0 : LotSize.step(inst);
        double expected = s.positionBefore + o.signedFilledSize();
        if (o.filledSize() == 0 || Math.abs(position(s.instrument) - expected) <= step / 2) {
            h.settling = null;
            return;
        }
        Instant reconciled = reconciledAt.get(s.instrument.venue());
        if (s.timedOut && reconciled != null && reconciled.isAfter(s.endedAt)) {
            h.settling = null; // the reconciled positions are now the truth, whatever they say
            return;
        }
        if (!s.timedOut && !now.isBefore(s.endedAt.plus(h.setup.execution().settleTimeout()))) {
            s.timedOut = true;
            reconciledAt.remove(s.instrument.venue());
            emit(AuditKind.SETTLE_TIMEOUT, underlying, s.clientOrderId, AuditEvent.HEDGER, String.format(
                    "%s ended with %s filled but the position in %s shows %s, not %s; %s must be reconciled"
                            + " before it is traded again", s.clientOrderId, o.filledSize(), s.instrument,
                    position(s.instrument), expected, s.instrument.venue()), List.of());
        }
    }

    private void expirePending(String underlying, Hedged h, Instant now) {
        if (h.pending != null && h.pending.proposal().expired(now)) {
            HedgeProposal p = h.pending.proposal();
            h.pending = null;
            emit(AuditKind.PROPOSAL_EXPIRED, underlying, p.id(), AuditEvent.HEDGER, "not approved by "
                    + p.expiresAt(), List.of());
        }
    }

    private void drop(String underlying, Hedged h, String user, String why) {
        if (h.pending != null) {
            HedgeProposal p = h.pending.proposal();
            h.pending = null;
            emit(AuditKind.PROPOSAL_DROPPED, underlying, p.id(), user, why, List.of());
        }
    }

    // ---------------------------------------------------------------- checks with fresh data

    /** Every pre-trade check against the latest snapshot and the freshest quote. */
    private CheckReport check(String clientOrderId, String underlying, InstrumentKey key, Side side, double size,
                              double limit, OrderOrigin origin, double target, UnderlyingSetup setup, Instant now) {
        Instrument inst = market.instrument(key);
        if (inst == null) {
            return new CheckReport(List.of(CheckResult.hard("PT-15", "instrument", key + " is not listed")));
        }
        OrderTicket t = ticket(clientOrderId, underlying, inst, side, size, limit, origin, target);
        if (t == null) {
            return new CheckReport(List.of(CheckResult.hard("PT-15", "complete book", "no net delta or index for "
                    + underlying + " in the latest snapshot")));
        }
        PreTradeContext c = new PreTradeContext(now, latest, mark(key), desk.blotter(), reconciledAt,
                kill.engaged(), setup.limits());
        return checks.run(t, c);
    }

    /** {@code null} when the snapshot has no usable delta for the underlying. */
    private OrderTicket ticket(String clientOrderId, String underlying, Instrument inst, Side side, double size,
                               double limit, OrderOrigin origin, double target) {
        UnderlyingRisk u = latest.underlying(underlying);
        if (inst == null || u == null || !(u.indexPrice() > 0) || !Double.isFinite(u.netDeltaCoin())) {
            return null;
        }
        double change = side.sign() * LotSize.deltaCoin(inst, size, u.indexPrice());
        return new OrderTicket(clientOrderId, underlying, inst, side, size, limit, origin, u.netDeltaCoin(), change,
                target, position(inst.key()), LotSize.notionalUsd(inst, size, limit));
    }

    private ReferencePrice mark(InstrumentKey key) {
        Quote q = market.quote(key);
        return q == null ? null : new ReferencePrice(q.markPrice(), q.timestamp());
    }

    // ---------------------------------------------------------------- helpers

    private List<ProposalBuilder.Quoted> candidates(UnderlyingSetup setup) {
        List<ProposalBuilder.Quoted> out = new ArrayList<>();
        for (HedgeVenue v : setup.venues()) {
            ProposalBuilder.Quoted q = quoted(setup, v.instrument());
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private ProposalBuilder.Quoted quoted(UnderlyingSetup setup, InstrumentKey key) {
        Instrument inst = market.instrument(key);
        if (inst == null) {
            return null;
        }
        double fee = 0;
        for (HedgeVenue v : setup.venues()) {
            if (v.instrument().equals(key)) {
                fee = v.takerFeeRate();
            }
        }
        return new ProposalBuilder.Quoted(inst, market.topOfBook(key), fee);
    }

    /** The signed position in an instrument, venue units, from the latest snapshot. */
    private double position(InstrumentKey key) {
        double size = 0;
        for (PositionRisk p : latest.positions()) {
            if (p.venue().equals(key.venue()) && p.instrument().equals(key.name())) {
                size += p.size();
            }
        }
        return size;
    }

    private Set<String> venues() {
        Set<String> out = new LinkedHashSet<>();
        underlyings.values().forEach(h -> h.setup.venues().forEach(v -> out.add(v.instrument().venue())));
        return out;
    }

    private String pendingUnderlying(String proposalId) {
        for (Map.Entry<String, Hedged> e : underlyings.entrySet()) {
            PendingProposal p = e.getValue().pending;
            if (p != null && p.proposal().id().equals(proposalId)) {
                return e.getKey();
            }
        }
        return null;
    }

    private String underlyingOf(String clientOrderId) {
        Order o = desk.blotter().order(clientOrderId);
        return o == null ? "" : o.intent().underlying();
    }

    private String nextProposalId(String underlying) {
        return "hp-" + underlying + "-" + (++proposalSequence);
    }

    private static String blockingIds(CheckReport r) {
        StringBuilder sb = new StringBuilder();
        r.blocking(false).forEach(c -> sb.append(c.id()).append(c.name()).append(','));
        return sb.toString();
    }

    /** The same refusal on every 100 ms snapshot is logged once, until something changes. */
    private void noteOnce(Hedged h, String key, AuditKind kind, String underlying, String subject, String message,
                          List<CheckResult> results) {
        if (!key.equals(h.lastNoteKey)) {
            h.lastNoteKey = key;
            emit(kind, underlying, subject, AuditEvent.HEDGER, message, results);
        }
    }

    private void emit(AuditKind kind, String underlying, String subject, String actor, String message,
                      List<CheckResult> results) {
        audit.record(new AuditEvent(clock.instant(), kind, underlying, subject, actor, message, results));
    }
}
