package com.hedgeflow.engine.vol;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's method (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4) on a bracket: inverse
 * quadratic and secant steps where they are safe, bisection otherwise, so it converges as surely as bisection
 * and usually much faster. Used for delta strikes, where the function is only piecewise smooth on an
 * interpolated smile and Newton could overshoot out of the quoted range.
 */
final class RootFinder {
    private static final int MAX_ITERATIONS = 200;

    private RootFinder() {
    }

    /** A root of f in [lo, hi]; f(lo) and f(hi) must not have the same strict sign. */
    static double brent(DoubleUnaryOperator f, double lo, double hi, double tolerance) {
        double a = lo;
        double b = hi;
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        if (fa * fb > 0) {
            throw new IllegalArgumentException("no sign change on [" + lo + ", " + hi + "]");
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            if (fb * fc > 0) {
                // Keep the root between b (best guess) and c.
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * Math.ulp(b) + 0.5 * tolerance;
            double half = 0.5 * (c - b);
            if (Math.abs(half) <= tol || fb == 0) {
                return b;
            }
            if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * half * s;
                    q = 1 - s;
                } else {
                    double qa = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
                    q = (qa - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * half * q - Math.abs(tol * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = half;
                    e = d;
                }
            } else {
                d = half;
                e = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : Math.copySign(tol, half);
            fb = f.applyAsDouble(b);
        }
        return b;
    }
}
