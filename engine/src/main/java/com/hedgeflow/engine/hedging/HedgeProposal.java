package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import java.time.Instant;
import java.util.Objects;

/**
 * A hedge ready to send: one marketable IOC limit on one instrument, with what it is expected to cost and where it
 * leaves the book. In manual mode it waits for a click until {@code expiresAt}.
 *
 * @param size                venue units ({@code sizeUnit}), rounded down to the lot
 * @param limitPrice          the worst price accepted, on the tick: the mark plus (buy) or minus (sell) the
 *                            aggression, so the order takes liquidity but never chases the book past the cap
 * @param markPrice           the mark the limit was set around, and when it was published
 * @param expectedAveragePrice at the touch (or worse, at the limit, for what the touch does not cover)
 * @param expectedCostUsd     crossing cost against the mark plus the taker fee
 * @param deltaChangeCoin     the delta the rounded size actually moves
 * @param targetDeltaCoin     where the policy is centred; checks make sure the hedge moves toward it
 */
public record HedgeProposal(
        String id,
        String underlying,
        InstrumentKey instrument,
        Side side,
        double size,
        String sizeUnit,
        double limitPrice,
        TimeInForce timeInForce,
        double markPrice,
        Instant markAt,
        double expectedAveragePrice,
        double notionalUsd,
        double expectedCostUsd,
        double deltaBeforeCoin,
        double deltaChangeCoin,
        double expectedDeltaAfterCoin,
        double targetDeltaCoin,
        ReasonCode reason,
        String why,
        Instant createdAt,
        Instant expiresAt) {

    public HedgeProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(reason, "reason");
        if (!(size > 0) || !(limitPrice > 0)) {
            throw new IllegalArgumentException(id + ": a proposal needs a positive size and limit, got size " + size
                    + " limit " + limitPrice);
        }
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Cost in basis points of notional: how venues are compared. */
    public double costBps() {
        return notionalUsd > 0 ? expectedCostUsd / notionalUsd * 1e4 : Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return String.format("%s %s %s %s %s @ %s IOC (%s, delta %.4f -> %.4f)", id, side, fmt(size), sizeUnit,
                instrument, fmt(limitPrice), reason, deltaBeforeCoin, expectedDeltaAfterCoin);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
