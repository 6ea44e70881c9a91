package com.hedgeflow.engine.hedging;

/**
 * Leland (1985), analytics.md §4.1: the vol at which to price and hedge an option that is rebalanced every δt
 * years with one-way proportional cost k. It tells a time-based desk what its schedule costs in vol points:
 * <pre>σ_L² = σ² · (1 ± Le),  Le = √(2/π) · k_rt / (σ·√δt),  k_rt = 2k</pre>
 * plus for a short-gamma position (the writer pays), minus for a long one.
 */
public final class LelandVolatility {
    private LelandVolatility() {
    }

    /** The Leland number for a one-way cost, a vol and a rebalancing interval in years. */
    public static double lelandNumber(double oneWayCost, double vol, double intervalYears) {
        if (!(vol > 0) || !(intervalYears > 0) || !(oneWayCost >= 0)) {
            throw new IllegalArgumentException("Leland number needs vol > 0, interval > 0 and cost >= 0, got vol="
                    + vol + " interval=" + intervalYears + " cost=" + oneWayCost);
        }
        return Math.sqrt(2 / Math.PI) * 2 * oneWayCost / (vol * Math.sqrt(intervalYears));
    }

    /**
     * The adjusted vol; {@code NaN} for a long-gamma position whose Leland number reaches 1 (the costs eat the
     * whole variance, so no finite vol makes the hedge pay).
     */
    public static double adjustedVol(double vol, double oneWayCost, double intervalYears, boolean shortGamma) {
        double le = lelandNumber(oneWayCost, vol, intervalYears);
        double scale = shortGamma ? 1 + le : 1 - le;
        return scale > 0 ? vol * Math.sqrt(scale) : Double.NaN;
    }
}
