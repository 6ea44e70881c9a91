package com.hedgeflow.engine.vol;

/**
 * Butterfly (strike) arbitrage test of one SVI slice: the minimum of Gatheral's g(k) over a log-moneyness
 * range. g is sampled on an even grid and the lowest sample is refined by golden-section search, so the
 * reported minimum and its location are accurate. A slice whose total variance touches zero inside the range
 * is reported with g = −∞ at that point.
 *
 * @param minDensity        the smallest g(k) found; negative means negative implied density (arbitrage)
 * @param atLogMoneyness    where it is, k = ln(K/F)
 * @param fromLogMoneyness  start of the range checked
 * @param toLogMoneyness    end of the range checked
 * @param samples           grid points used
 */
public record ButterflyCheck(double minDensity, double atLogMoneyness, double fromLogMoneyness,
                             double toLogMoneyness, int samples) {

    private static final double GOLDEN = 0.5 * (Math.sqrt(5) - 1);
    /** Total variance this small is zero up to rounding; real smiles sit above 1e-5. */
    private static final double ZERO_VARIANCE = 1e-12;

    public static ButterflyCheck of(SviParameters svi, double fromLogMoneyness, double toLogMoneyness, int samples) {
        if (samples < 2) {
            throw new IllegalArgumentException("need at least 2 samples: " + samples);
        }
        if (!(toLogMoneyness >= fromLogMoneyness)) {
            throw new IllegalArgumentException("empty range [" + fromLogMoneyness + ", " + toLogMoneyness + "]");
        }
        double step = (toLogMoneyness - fromLogMoneyness) / (samples - 1);
        int best = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < samples; i++) {
            double g = svi.density(fromLogMoneyness + i * step);
            if (g < min || Double.isNaN(g)) {
                min = g;
                best = i;
                if (Double.isNaN(g)) {
                    break;
                }
            }
        }
        double at = fromLogMoneyness + best * step;
        if (Double.isFinite(min) && step > 0) {
            double lo = Math.max(fromLogMoneyness, at - step);
            double hi = Math.min(toLogMoneyness, at + step);
            double x1 = hi - GOLDEN * (hi - lo);
            double x2 = lo + GOLDEN * (hi - lo);
            double f1 = svi.density(x1);
            double f2 = svi.density(x2);
            for (int i = 0; i < 60 && hi - lo > 1e-12; i++) {
                if (f1 <= f2) {
                    hi = x2;
                    x2 = x1;
                    f2 = f1;
                    x1 = hi - GOLDEN * (hi - lo);
                    f1 = svi.density(x1);
                } else {
                    lo = x1;
                    x1 = x2;
                    f1 = f2;
                    x2 = lo + GOLDEN * (hi - lo);
                    f2 = svi.density(x2);
                }
            }
            double refined = Math.min(f1, f2);
            if (refined < min) {
                min = refined;
                at = f1 <= f2 ? x1 : x2;
            }
        }
        // Zero total variance at one strike and positive elsewhere is arbitrage (that call or put would be worth
        // only its intrinsic value while its neighbours are not), yet g(k) grows without bound beside such a
        // point, so a grid cannot see it. Test the vertex directly.
        double rho = svi.rho();
        double vertex = svi.m() - rho * svi.sigma() / Math.sqrt(1 - rho * rho);
        if (svi.minTotalVariance() <= ZERO_VARIANCE && vertex >= fromLogMoneyness && vertex <= toLogMoneyness) {
            return new ButterflyCheck(Double.NEGATIVE_INFINITY, vertex, fromLogMoneyness, toLogMoneyness, samples);
        }
        return new ButterflyCheck(min, at, fromLogMoneyness, toLogMoneyness, samples);
    }

    /** True when g(k) ≥ 0 everywhere checked. NaN (no density computable) counts as arbitrage. */
    public boolean arbitrageFree() {
        return minDensity >= 0;
    }
}
