package com.hedgeflow.engine.orders.checks;

import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.orders.OrderOrigin;
import com.hedgeflow.engine.orders.Side;
import java.util.Objects;

/**
 * An order as the checks see it: what it is, and what it does to the book as of now.
 *
 * @param clientOrderId   the id when the order already exists (a retry), else {@code null}
 * @param deltaBeforeCoin the underlying's net delta now
 * @param deltaChangeCoin what the order moves it by, signed
 * @param targetDeltaCoin where the hedger wants the book (0 for most desks)
 * @param positionBefore  the signed position in this instrument now, venue units
 * @param notionalUsd     USD notional at the limit
 */
public record OrderTicket(String clientOrderId, String underlying, Instrument instrument, Side side, double size,
                          double limitPrice, OrderOrigin origin, double deltaBeforeCoin, double deltaChangeCoin,
                          double targetDeltaCoin, double positionBefore, double notionalUsd) {
    public OrderTicket {
        Objects.requireNonNull(underlying, "underlying");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(origin, "origin");
    }

    public double deltaAfterCoin() {
        return deltaBeforeCoin + deltaChangeCoin;
    }

    public double positionAfter() {
        return positionBefore + side.sign() * size;
    }

    /** Shrinks the position without flipping it: what a venue's reduce-only flag allows. */
    public boolean reducesPosition() {
        double after = positionAfter();
        return positionBefore != 0 && Math.abs(after) < Math.abs(positionBefore)
                && (after == 0 || Math.signum(after) == Math.signum(positionBefore));
    }
}
