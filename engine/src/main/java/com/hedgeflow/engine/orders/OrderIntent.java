package com.hedgeflow.engine.orders;

import com.hedgeflow.engine.market.InstrumentKey;
import java.time.Instant;
import java.util.Objects;

/**
 * An order as decided, before the venue has seen it: journaled before the first send and sent unchanged on every
 * retry, under the same client order id.
 *
 * @param size       unsigned, venue units
 * @param reduceOnly set when the order only shrinks the position (PT-17), so a bug cannot flip it
 * @param proposalId the hedge proposal behind it, or empty
 * @param reason     why, in a word (a hedger reason code, or {@code MANUAL})
 */
public record OrderIntent(String clientOrderId, String underlying, InstrumentKey instrument, Side side, double size,
                          double limitPrice, TimeInForce timeInForce, boolean reduceOnly, OrderOrigin origin,
                          String proposalId, String reason, Instant createdAt) {

    public OrderIntent {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(underlying, "underlying");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!(size > 0) || !(limitPrice > 0) || Double.isInfinite(size) || Double.isInfinite(limitPrice)) {
            throw new IllegalArgumentException(clientOrderId + ": size and limit must be positive and finite, got "
                    + size + " @ " + limitPrice);
        }
        proposalId = proposalId == null ? "" : proposalId;
        reason = reason == null ? "" : reason;
    }

    public String venue() {
        return instrument.venue();
    }
}
