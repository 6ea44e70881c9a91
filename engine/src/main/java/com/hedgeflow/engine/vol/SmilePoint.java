package com.hedgeflow.engine.vol;

/**
 * One market quote on a smile.
 *
 * @param strike      strike in the quote currency of the forward (USD for BTC options)
 * @param impliedVol  Black-76 implied vol on the forward, decimal (0.55 = 55 vol points)
 * @param weight      relative weight in a fit (open interest, vega, inverse bid-ask…); only ratios matter,
 *                    1 when the caller has no view; 0 keeps the point on the smile but out of the fit's objective
 */
public record SmilePoint(double strike, double impliedVol, double weight) {
    public SmilePoint {
        if (!(strike > 0) || !Double.isFinite(strike)) {
            throw new IllegalArgumentException("strike must be positive and finite: " + strike);
        }
        if (!(impliedVol > 0) || !Double.isFinite(impliedVol)) {
            throw new IllegalArgumentException("implied vol must be positive and finite at strike " + strike
                    + ": " + impliedVol);
        }
        if (!(weight >= 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be >= 0 and finite at strike " + strike + ": " + weight);
        }
    }

    /** A point with weight 1. */
    public static SmilePoint of(double strike, double impliedVol) {
        return new SmilePoint(strike, impliedVol, 1.0);
    }
}
