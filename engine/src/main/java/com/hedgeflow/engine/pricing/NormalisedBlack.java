package com.hedgeflow.engine.pricing;

/**
 * Black's formula divided by df·√(FK) and reduced to an out-of-the-money call (Jäckel's normalised Black
 * function): with x = ln(F/K) ≤ 0 and s = σ√T,
 * <pre>  b(x, s) = e^{x/2}·N(x/s + s/2) − e^{−x/2}·N(x/s − s/2),   0 &lt; b &lt; e^{x/2} = b_max.</pre>
 * Puts and in-the-money options map onto it through parity and b(x, s, put) = b(−x, s, call).
 *
 * <p>Both terms share the Gaussian factor exp(−(h² + t²)/2) with h = x/s and t = s/2; written over it with
 * erfcx, the bracket is free of exponentials, and the ratios the solver needs (b'/b, b'/(b_max − b)) do not
 * contain the factor at all, so they cannot underflow however far out of the money the option is.
 */
final class NormalisedBlack {
    static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double INV_SQRT2 = 0.7071067811865476;

    private NormalisedBlack() {
    }

    /** b itself; below the inflexion point s = √(2|x|) from the bracket, above it as b_max minus the complement. */
    static double value(double x, double s) {
        double h = x / s;
        double t = 0.5 * s;
        double gauss = Math.exp(-0.5 * (h * h + t * t));
        if (h + t <= 0) {
            return gauss * scaledValue(h, t);
        }
        return Math.exp(0.5 * x) - gauss * scaledComplement(h, t);
    }

    /** b_max − b, accurate where b is close to b_max; below the inflexion point by subtraction. */
    static double complement(double x, double s) {
        double h = x / s;
        double t = 0.5 * s;
        double gauss = Math.exp(-0.5 * (h * h + t * t));
        if (h + t >= 0) {
            return gauss * scaledComplement(h, t);
        }
        return Math.exp(0.5 * x) - gauss * scaledValue(h, t);
    }

    /** exp((h² + t²)/2)·b, for h + t ≤ 0: the difference of two erfcx values, both at non-negative arguments. */
    static double scaledValue(double h, double t) {
        return 0.5 * (ErrorFunction.erfcxNonNegative(-(h + t) * INV_SQRT2)
                - ErrorFunction.erfcxNonNegative((t - h) * INV_SQRT2));
    }

    /** exp((h² + t²)/2)·(b_max − b), for h + t ≥ 0: a sum of two erfcx values, so no cancellation near b_max. */
    static double scaledComplement(double h, double t) {
        return 0.5 * (ErrorFunction.erfcxNonNegative((h + t) * INV_SQRT2)
                + ErrorFunction.erfcxNonNegative((t - h) * INV_SQRT2));
    }
}
