package com.hedgeflow.engine.orders;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything that happens to an order, in the form the journal stores: replaying the events in order rebuilds
 * every order exactly. Venue outcomes reach the engine as these, mapped by the connectors.
 */
public sealed interface OrderEvent {

    String clientOrderId();

    Instant at();

    /** The intent, journaled before anything is sent. */
    record Created(OrderIntent intent) implements OrderEvent {
        public Created {
            Objects.requireNonNull(intent, "intent");
        }

        @Override
        public String clientOrderId() {
            return intent.clientOrderId();
        }

        @Override
        public Instant at() {
            return intent.createdAt();
        }
    }

    /** About to go on the wire (journaled before the write, so a crash right after leaves it IN_DOUBT). */
    record Sent(String clientOrderId, Instant at) implements OrderEvent {
    }

    record Acknowledged(String clientOrderId, Instant at, String venueOrderId) implements OrderEvent {
    }

    /**
     * One execution. The venue's trade id makes it idempotent: the same trade reported twice (stream and query)
     * counts once.
     *
     * @param size venue units, positive
     */
    record Filled(String clientOrderId, Instant at, String tradeId, double size, double price, double fee)
            implements OrderEvent {
        public Filled {
            Objects.requireNonNull(tradeId, "tradeId");
            if (!(size > 0) || !(price > 0) || Double.isInfinite(size)) {
                throw new IllegalArgumentException("fill " + tradeId + " of " + clientOrderId
                        + " needs a positive size and price, got " + size + " @ " + price);
            }
        }
    }

    /** Cancelled by the venue (an IOC's unfilled rest), by the kill switch, or an intent abandoned unsent. */
    record Cancelled(String clientOrderId, Instant at, String reason) implements OrderEvent {
    }

    record Rejected(String clientOrderId, Instant at, String reason) implements OrderEvent {
    }

    /** A timeout, a 5xx, a dropped connection or a restart: the venue may or may not hold the order. */
    record InDoubt(String clientOrderId, Instant at, String reason) implements OrderEvent {
    }

    /**
     * The venue's answer to a query for an IN_DOUBT order: it has it, in this state.
     *
     * @param filledSize    the venue's cumulative filled size
     * @param averagePrice  the venue's average fill price, {@code NaN} if nothing filled
     */
    record Found(String clientOrderId, Instant at, OrderState venueState, double filledSize, double averagePrice,
                 String venueOrderId) implements OrderEvent {
        public Found {
            Objects.requireNonNull(venueState, "venueState");
            if (venueState == OrderState.INTENT || venueState == OrderState.SENT
                    || venueState == OrderState.IN_DOUBT) {
                throw new IllegalArgumentException("a venue reports an order's state, not " + venueState);
            }
            if (!(filledSize >= 0)) {
                throw new IllegalArgumentException("filled size must be >= 0, got " + filledSize);
            }
        }
    }

    /**
     * The venue says, definitively, that it has no order under this id (queried past its recent-order window,
     * open orders and trades checked). Connectors must not report a mere "not found yet" as this.
     */
    record NotFound(String clientOrderId, Instant at) implements OrderEvent {
    }
}
