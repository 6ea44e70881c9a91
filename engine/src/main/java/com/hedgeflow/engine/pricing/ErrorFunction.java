package com.hedgeflow.engine.pricing;

/**
 * The complementary error function and its scaled form {@code erfcx(y) = exp(y²)·erfc(y)}, from W. J. Cody's
 * rational Chebyshev approximations (Math. Comp. 23, 1969), which hold about 1e-16 relative error on each of
 * the three intervals [0, 0.46875], [0.46875, 4] and [4, ∞).
 *
 * <p>Deep out-of-the-money option prices are tail probabilities, so what matters here is relative accuracy far
 * out: the scaled form carries no exponential at all above 0.46875, and the exponential that turns it back into
 * {@code erfc} is taken of an exactly computed square (a one-ulp error in y² would otherwise become a relative
 * error of y²·ε in the result, about 1e-13 at y = 26).
 */
final class ErrorFunction {
    static final double SMALL = 0.46875;
    private static final double INV_SQRT_PI = 0.56418958354775628695;
    /** 2^27 + 1: Veltkamp's constant that splits a double into two halves whose products are exact. */
    private static final double SPLITTER = 134217729.0;

    private ErrorFunction() {
    }

    /** erf(y) for |y| ≤ 0.46875, where it is small enough that 1 - erf needs no care. */
    static double erfSmall(double y) {
        double z = y * y;
        double num = ((((1.85777706184603153e-1 * z + 3.16112374387056560e00) * z + 1.13864154151050156e02) * z
                + 3.77485237685302021e02) * z + 3.20937758913846947e03);
        double den = ((((z + 2.36012909523441209e01) * z + 2.44024637934444173e02) * z
                + 1.28261652607737228e03) * z + 2.84423683343917062e03);
        return y * num / den;
    }

    /** exp(y²)·erfc(y) for every y; for y below about -26.6 it overflows to infinity. */
    static double erfcx(double y) {
        if (y < 0) {
            return 2.0 * expOfSquare(-y) - erfcxNonNegative(-y);
        }
        return erfcxNonNegative(y);
    }

    /** exp(y²)·erfc(y) for y ≥ 0 (or NaN); the caller guarantees the sign. */
    static double erfcxNonNegative(double y) {
        if (y <= SMALL) {
            return Math.exp(y * y) * (1.0 - erfSmall(y));
        }
        if (y <= 4.0) {
            double num = (((((((2.15311535474403846e-8 * y + 5.64188496988670089e-1) * y
                    + 8.88314979438837594e00) * y + 6.61191906371416295e01) * y + 2.98635138197400131e02) * y
                    + 8.81952221241769090e02) * y + 1.71204761263407058e03) * y + 2.05107837782607147e03) * y
                    + 1.23033935479799725e03;
            double den = (((((((y + 1.57449261107098347e01) * y + 1.17693950891312499e02) * y
                    + 5.37181101862009858e02) * y + 1.62138957456669019e03) * y + 3.29079923573345963e03) * y
                    + 4.36261909014324716e03) * y + 3.43936767414372164e03) * y + 1.23033935480374942e03;
            return num / den;
        }
        double z = 1.0 / (y * y);
        double num = ((((1.63153871373020978e-2 * z + 3.05326634961232344e-1) * z + 3.60344899949804439e-1) * z
                + 1.25781726111229246e-1) * z + 1.60837851487422766e-2) * z + 6.58749161529837803e-4;
        double den = ((((z + 2.56852019228982242e00) * z + 1.87295284992346047e00) * z
                + 5.27905102951428412e-1) * z + 6.05183413124413191e-2) * z + 2.33520497626869185e-3;
        return (INV_SQRT_PI - z * num / den) / y;
    }

    /** erfc(y) with full relative precision for y > 0 (down to the underflow near y = 27.2). */
    static double erfc(double y) {
        double a = Math.abs(y);
        if (a <= SMALL) {
            return 1.0 - erfSmall(y);
        }
        double upper = erfcxNonNegative(a) * expOfMinusSquare(a);
        return y < 0 ? 2.0 - upper : upper;
    }

    /** exp(-a²) accurate to a few ulps, the square's rounding error folded back in. */
    static double expOfMinusSquare(double a) {
        if (!(a < 27.3)) {
            return a == a ? 0.0 : a;
        }
        double square = a * a;
        return Math.exp(-square) * (1.0 - squareRoundingError(a, square));
    }

    /** exp(-a²/2), as accurately as {@link #expOfMinusSquare}: the density of the normal law. */
    static double expOfMinusHalfSquare(double a) {
        if (!(Math.abs(a) < 38.7)) {
            return a == a ? 0.0 : a;
        }
        double square = a * a;
        return Math.exp(-0.5 * square) * (1.0 - 0.5 * squareRoundingError(a, square));
    }

    private static double expOfSquare(double a) {
        if (!(a < 26.7)) {
            return Double.POSITIVE_INFINITY;
        }
        double square = a * a;
        return Math.exp(square) * (1.0 + squareRoundingError(a, square));
    }

    /** a·a minus its rounded value {@code square}, exactly (Dekker's product; no FMA needed). */
    private static double squareRoundingError(double a, double square) {
        double c = SPLITTER * a;
        double high = c - (c - a);
        double low = a - high;
        return ((high * high - square) + 2.0 * high * low) + low * low;
    }
}
