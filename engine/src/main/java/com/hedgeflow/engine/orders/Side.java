package com.hedgeflow.engine.orders;

public enum Side {
    BUY,
    SELL;

    /** +1 for a buy, −1 for a sell: the sign a fill adds to a position. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }

    public static Side of(double signedAmount) {
        if (!(signedAmount != 0) || Double.isNaN(signedAmount)) {
            throw new IllegalArgumentException("no side for an amount of " + signedAmount);
        }
        return signedAmount > 0 ? BUY : SELL;
    }
}
