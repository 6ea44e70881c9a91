package com.hedgeflow.views.hedging;

import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.hedging.HedgeProposal;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.IntentResult;
import com.hedgeflow.engine.hedging.KillSwitchState;
import com.hedgeflow.engine.hedging.PendingProposal;
import com.hedgeflow.engine.hedging.ReasonCode;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.orders.Order;
import com.hedgeflow.engine.orders.OrderIntent;
import com.hedgeflow.engine.orders.OrderOrigin;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import com.hedgeflow.engine.orders.checks.CheckReport;
import com.hedgeflow.engine.orders.checks.CheckResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A hedger desk that records every call and answers what the test set up; the status is whatever the test puts. */
final class FakeDesk implements HedgerDesk {
    static final Instant T0 = Instant.parse("2025-05-02T14:03:22Z");

    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile HedgerStatus status = status(HedgeMode.MANUAL, "", KillSwitchState.OFF, List.of(), List.of());
    /** The answer to approve(id, confirm), by confirm flag: lets a test script "soft block, then done". */
    volatile Function<Boolean, IntentResult> approveAnswer =
            confirm -> new IntentResult(IntentResult.Outcome.DONE, "p-1", "order sent", null);
    volatile List<AuditEntry> auditLines = List.of();

    static HedgerStatus status(HedgeMode mode, String autoOff, KillSwitchState kill, List<PendingProposal> pending,
                               List<Order> open) {
        return new HedgerStatus(T0, mode, autoOff, kill, pending, Map.of(), open);
    }

    static PendingProposal proposal(String id, CheckReport checks) {
        HedgeProposal p = new HedgeProposal(id, "BTC", new InstrumentKey("simulator", "BTC-PERPETUAL"), Side.SELL,
                150_000, "USD", 59_950.0, TimeInForce.IMMEDIATE_OR_CANCEL, 60_000.0, T0, 59_990.0, 150_000, 48.5, 3.7, -2.5, 1.2, 0,
                ReasonCode.BAND_BREACH, "delta 3.7 BTC outside the 1 BTC band", T0, T0.plusSeconds(30));
        return new PendingProposal(p, checks);
    }

    static CheckReport passed() {
        return new CheckReport(List.of(CheckResult.pass("PT-01", "size", "ok"), CheckResult.pass("PT-02", "collar", "ok")));
    }

    static Order working(String clientId) {
        OrderIntent intent = new OrderIntent(clientId, "BTC", new InstrumentKey("simulator", "BTC-PERPETUAL"),
                Side.SELL, 150_000, 59_950.0, TimeInForce.IMMEDIATE_OR_CANCEL, false, OrderOrigin.APPROVED_HEDGE, "p-1",
                "BAND_BREACH", T0);
        return Order.of(intent);
    }

    @Override
    public HedgerStatus status() {
        return status;
    }

    @Override
    public CompletableFuture<IntentResult> setMode(HedgeMode mode) {
        calls.add("setMode " + mode);
        return done("mode " + mode);
    }

    @Override
    public CompletableFuture<IntentResult> approve(String proposalId, boolean confirmSoftBlocks) {
        calls.add("approve " + proposalId + " " + confirmSoftBlocks);
        // Completes on another thread, as the real engine thread does.
        return CompletableFuture.supplyAsync(() -> approveAnswer.apply(confirmSoftBlocks));
    }

    @Override
    public CompletableFuture<IntentResult> reject(String proposalId) {
        calls.add("reject " + proposalId);
        return done("rejected");
    }

    @Override
    public CompletableFuture<IntentResult> engageKillSwitch(String reason) {
        calls.add("kill " + reason);
        status = status(HedgeMode.MANUAL, "", new KillSwitchState(true, T0, "alice", reason), List.of(), List.of());
        return done("kill switch engaged");
    }

    @Override
    public CompletableFuture<IntentResult> resume() {
        calls.add("resume");
        status = status(HedgeMode.MANUAL, "", KillSwitchState.OFF, List.of(), List.of());
        return done("resumed");
    }

    @Override
    public List<AuditEntry> audit(String search, int limit) {
        calls.add("audit " + search);
        return auditLines.stream().filter(e -> search.isEmpty() || e.message().contains(search)).toList();
    }

    private static CompletableFuture<IntentResult> done(String message) {
        return CompletableFuture.supplyAsync(() -> new IntentResult(IntentResult.Outcome.DONE, "", message, null));
    }
}
