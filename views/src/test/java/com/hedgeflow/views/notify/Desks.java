package com.hedgeflow.views.notify;

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
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import com.hedgeflow.engine.orders.checks.CheckReport;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.views.Books;
import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.views.hedging.AuditEntry;
import com.hedgeflow.views.hedging.HedgerDesk;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Hedger states, orders and snapshots for the alert tests, and a desk that answers whatever status a test puts. */
final class Desks {
    static final Instant T0 = Books.T0;

    private Desks() {
    }

    static HedgerStatus status(String autoOff, KillSwitchState kill, List<PendingProposal> pending, List<Order> open) {
        return new HedgerStatus(T0, HedgeMode.MANUAL, autoOff, kill, pending, Map.of(), open);
    }

    static HedgerStatus quiet() {
        return status("", KillSwitchState.OFF, List.of(), List.of());
    }

    static HedgerStatus withOrders(Order... open) {
        return status("", KillSwitchState.OFF, List.of(), List.of(open));
    }

    static Order order(String id, OrderState state, double filled) {
        OrderIntent intent = new OrderIntent(id, "BTC", new InstrumentKey("deribit", "BTC-PERPETUAL"), Side.SELL,
                150_000, 59_950.0, TimeInForce.IMMEDIATE_OR_CANCEL, false, OrderOrigin.APPROVED_HEDGE, "p-1",
                "BAND_BREACH", T0);
        return new Order(intent, state, filled, filled > 0 ? 59_960.0 : Double.NaN, 0, "v-1", Set.of(), 1, true, T0,
                T0, "");
    }

    static PendingProposal proposal(String id, CheckReport checks) {
        HedgeProposal p = new HedgeProposal(id, "BTC", new InstrumentKey("deribit", "BTC-PERPETUAL"), Side.SELL,
                150_000, "USD", 59_950.0, TimeInForce.IMMEDIATE_OR_CANCEL, 60_000.0, T0, 59_990.0, 150_000, 48.5,
                3.7, -2.5, 1.2, 0, ReasonCode.BAND_BREACH, "delta outside the band", T0, T0.plusSeconds(30));
        return new PendingProposal(p, checks);
    }

    /** {@link Books#first()} with the Deribit feed in {@code state} and its last message at {@code lastMessage}. */
    static RiskSnapshot feed(FeedState state, Instant lastMessage) {
        RiskSnapshot s = Books.first();
        return new RiskSnapshot(s.timestamp(), s.sequence(), s.underlyings(), s.positions(), s.deltaBuckets(),
                List.of(Books.feed(state, state == FeedState.CONNECTED ? 42 : -1)),
                Map.of(Books.DERIBIT, lastMessage), s.analytics());
    }

    /** A hedger desk whose status is whatever the test last put; intents are refused (the alert tests send none). */
    static final class Fake implements HedgerDesk {
        volatile HedgerStatus status = quiet();

        @Override
        public HedgerStatus status() {
            return status;
        }

        @Override
        public CompletableFuture<IntentResult> setMode(HedgeMode mode) {
            return refused();
        }

        @Override
        public CompletableFuture<IntentResult> approve(String proposalId, boolean confirmSoftBlocks) {
            return refused();
        }

        @Override
        public CompletableFuture<IntentResult> reject(String proposalId) {
            return refused();
        }

        @Override
        public CompletableFuture<IntentResult> engageKillSwitch(String reason) {
            return refused();
        }

        @Override
        public CompletableFuture<IntentResult> resume() {
            return refused();
        }

        @Override
        public List<AuditEntry> audit(String search, int limit) {
            return List.of();
        }

        private static CompletableFuture<IntentResult> refused() {
            return CompletableFuture.completedFuture(new IntentResult(IntentResult.Outcome.REFUSED, "", "fake desk", null));
        }
    }
}
