package com.hedgeflow.engine.vol;

/**
 * A smile of one expiry as a function of log-moneyness {@code k = ln(K/F)}, defined on a closed k range.
 * Metrics read vols through this so that the same code runs on market quotes and on an SVI fit.
 */
public interface SmileCurve {
    /** Time to expiry, ACT/365 years. */
    double years();

    /** The forward the smile is quoted on. */
    double forward();

    /** Lowest log-moneyness where the curve is defined (the lowest quoted or fitted strike). */
    double minLogMoneyness();

    /** Highest log-moneyness where the curve is defined. */
    double maxLogMoneyness();

    /** Total implied variance σ²·T at log-moneyness k, inside the range. */
    double totalVariance(double k);

    SmileSource source();

    /** Implied vol (decimal) at log-moneyness k. */
    default double vol(double k) {
        return Math.sqrt(Math.max(totalVariance(k), 0.0) / years());
    }

    default boolean covers(double k) {
        return k >= minLogMoneyness() && k <= maxLogMoneyness();
    }
}
