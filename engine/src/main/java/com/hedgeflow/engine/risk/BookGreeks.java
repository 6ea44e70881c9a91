package com.hedgeflow.engine.risk;

/**
 * Second-order risk of a position or a book in the units a trader reads, all in USD:
 * how much the USD delta changes for a 1% move of the underlying, the P&L of one vol point, and the P&L of
 * one calendar day passing with everything else unchanged.
 */
public record BookGreeks(double gammaUsdPer1Pct, double vegaUsdPerVolPoint, double thetaUsdPerDay) {
    public static final BookGreeks NONE = new BookGreeks(0, 0, 0);

    public BookGreeks plus(BookGreeks other) {
        return new BookGreeks(gammaUsdPer1Pct + other.gammaUsdPer1Pct, vegaUsdPerVolPoint + other.vegaUsdPerVolPoint,
                thetaUsdPerDay + other.thetaUsdPerDay);
    }
}
