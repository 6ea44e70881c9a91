package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.orders.Order;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the hedger screen shows, immutable: safe to hand to the UI thread.
 *
 * @param autoOffReason why automatic mode was switched off by the hedger itself, or empty
 * @param lastDecisions per underlying, the policy's latest conclusion (the no-trades included, with their band)
 * @param openOrders    orders not finished, IN_DOUBT and awaiting retry included
 */
public record HedgerStatus(Instant at, HedgeMode mode, String autoOffReason, KillSwitchState killSwitch,
                           List<PendingProposal> pending, Map<String, HedgeDecision> lastDecisions,
                           List<Order> openOrders) {
    public HedgerStatus {
        pending = List.copyOf(pending);
        lastDecisions = Map.copyOf(lastDecisions);
        openOrders = List.copyOf(openOrders);
    }
}
