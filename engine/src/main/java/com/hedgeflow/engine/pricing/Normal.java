package com.hedgeflow.engine.pricing;

/**
 * Standard normal density, distribution and quantile, with full relative precision in the tails: deep
 * out-of-the-money prices and their implied vols are computed from tail probabilities, where an absolute
 * accuracy of 1e-16 (all that {@code 1 - N(-x)} style formulas offer) is no accuracy at all.
 */
public final class Normal {
    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double SQRT_HALF_PI = 1.2533141373155003;
    private static final double INV_SQRT2 = 0.7071067811865476;
    /** Below |x| = 0.46875·√2 the distribution is near one half and comes from erf; beyond, from erfcx. */
    private static final double CENTRAL = ErrorFunction.SMALL / INV_SQRT2;

    private Normal() {
    }

    public static double pdf(double x) {
        return INV_SQRT_2PI * ErrorFunction.expOfMinusHalfSquare(x);
    }

    /**
     * N(x) from Cody's erfc (see {@link ErrorFunction}): about 1e-16 relative error in the lower tail all the way
     * to the underflow near x = -38.5, and 1e-16 absolute error above.
     */
    public static double cdf(double x) {
        if (Math.abs(x) <= CENTRAL) {
            return 0.5 + 0.5 * ErrorFunction.erfSmall(x * INV_SQRT2);
        }
        double tail = 0.5 * ErrorFunction.erfcxNonNegative(Math.abs(x) * INV_SQRT2)
                * ErrorFunction.expOfMinusHalfSquare(x);
        return x < 0 ? tail : 1.0 - tail;
    }

    /**
     * N(x) when the caller already holds {@code pdf(x)}: pricing code has the density anyway, and reusing it saves
     * the only exponential in the distribution.
     */
    static double cdf(double x, double pdfOfX) {
        if (Math.abs(x) <= CENTRAL) {
            return 0.5 + 0.5 * ErrorFunction.erfSmall(x * INV_SQRT2);
        }
        double tail = SQRT_HALF_PI * ErrorFunction.erfcxNonNegative(Math.abs(x) * INV_SQRT2) * pdfOfX;
        return x < 0 ? tail : 1.0 - tail;
    }

    /**
     * The quantile N⁻¹(p) to near machine precision: Acklam's rational approximation (relative error below
     * 1.2e-9) polished by one Halley step on the accurate {@link #cdf}. NaN outside (0, 1); ±infinity at 0 and 1.
     */
    public static double inverseCdf(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            if (p == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            return p == 1.0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        if (p > 0.5) {
            // 1 - p is exact here; refining on the lower tail keeps the relative accuracy.
            return -inverseCdf(1.0 - p);
        }
        double x = inverseCdfApprox(p);
        double density = pdf(x);
        if (density == 0.0) {
            return x;
        }
        double u = (cdf(x) - p) / density;
        return x - u / (1.0 + 0.5 * x * u);
    }

    /**
     * Acklam's rational approximation alone (relative error below 1.2e-9, p in (0, 1)): good enough for a starting
     * point that an iteration will polish anyway.
     */
    static double inverseCdfApprox(double p) {
        if (p < 0.02425) {
            return lowerTailQuantile(p);
        }
        if (p > 1.0 - 0.02425) {
            return -lowerTailQuantile(1.0 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1.0);
    }

    private static double lowerTailQuantile(double p) {
        double q = Math.sqrt(-2.0 * Math.log(p));
        return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1.0);
    }
}
