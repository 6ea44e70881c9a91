package com.hedgeflow.engine.orders;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an order stands (risk-controls.md §2.1), with the only moves allowed between states. IN_DOUBT means the
 * venue may or may not have the order (a timeout, a 5xx, a dropped socket): only the venue's answer moves it on,
 * to the state the venue reports, or back to INTENT when the venue says it never had it — after which it may be
 * sent again under the same client order id.
 */
public enum OrderState {
    INTENT,
    SENT,
    ACKNOWLEDGED,
    PARTIALLY_FILLED,
    FILLED,
    CANCELLED,
    REJECTED,
    IN_DOUBT;

    private static final Map<OrderState, EnumSet<OrderState>> NEXT = new EnumMap<>(OrderState.class);

    static {
        NEXT.put(INTENT, EnumSet.of(SENT, CANCELLED));
        NEXT.put(SENT, EnumSet.of(ACKNOWLEDGED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED, IN_DOUBT));
        NEXT.put(ACKNOWLEDGED, EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED, IN_DOUBT));
        NEXT.put(PARTIALLY_FILLED, EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED, IN_DOUBT));
        NEXT.put(IN_DOUBT, EnumSet.of(INTENT, ACKNOWLEDGED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED));
        NEXT.put(FILLED, EnumSet.noneOf(OrderState.class));
        NEXT.put(CANCELLED, EnumSet.noneOf(OrderState.class));
        NEXT.put(REJECTED, EnumSet.noneOf(OrderState.class));
    }

    public boolean isTerminal() {
        return this == FILLED || this == CANCELLED || this == REJECTED;
    }

    /** Whether the venue may hold it right now (anything sent and not finished, in doubt included). */
    public boolean isLive() {
        return this == SENT || this == ACKNOWLEDGED || this == PARTIALLY_FILLED || this == IN_DOUBT;
    }

    public boolean canMoveTo(OrderState next) {
        return NEXT.get(this).contains(next);
    }

    public Set<OrderState> next() {
        return NEXT.get(this).clone();
    }

    /** @throws IllegalOrderTransitionException naming both states when the move is not in the table */
    public OrderState moveTo(OrderState next, String clientOrderId) {
        if (!canMoveTo(next)) {
            throw new IllegalOrderTransitionException(clientOrderId, this, next);
        }
        return next;
    }
}
