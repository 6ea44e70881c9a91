package com.hedgeflow.engine.orders;

/** An event that would move an order along a path the lifecycle forbids; the order is left as it was. */
public final class IllegalOrderTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final OrderState from;
    private final OrderState to;

    public IllegalOrderTransitionException(String clientOrderId, OrderState from, OrderState to) {
        super("order " + clientOrderId + ": illegal transition " + from + " -> " + to + " (allowed from " + from
                + ": " + from.next() + ")");
        this.from = from;
        this.to = to;
    }

    public OrderState from() {
        return from;
    }

    public OrderState to() {
        return to;
    }
}
