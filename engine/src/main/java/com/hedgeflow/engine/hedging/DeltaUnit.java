package com.hedgeflow.engine.hedging;

/** The unit a band is written in. USD bands are converted to coin at the current index on every decision. */
public enum DeltaUnit {
    COIN,
    USD;

    double toCoin(double amount, double spot) {
        return this == COIN ? amount : amount / spot;
    }
}
