package com.hedgeflow.engine.orders.checks;

import com.hedgeflow.engine.orders.OrderBlotter;
import com.hedgeflow.engine.risk.RiskSnapshot;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the checks read besides the order, all as of {@code now}.
 *
 * @param mark         the fresh reference price of the order's instrument; {@code null} when there is none
 * @param reconciledAt per venue, when positions and open orders were last reconciled with the venue
 * @param killSwitchEngaged whether the kill switch is on
 */
public record PreTradeContext(Instant now, RiskSnapshot snapshot, ReferencePrice mark, OrderBlotter orders,
                              Map<String, Instant> reconciledAt, boolean killSwitchEngaged, PreTradeLimits limits) {
    public PreTradeContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(limits, "limits");
        reconciledAt = Map.copyOf(reconciledAt);
    }
}
