package com.hedgeflow.engine.pricing;

/**
 * Delbourgo and Gregory's rational cubic Hermite interpolant on one interval: values and slopes at both ends,
 * plus a control parameter r that bends it from the cubic Hermite (r = 3) towards the straight line (r → ∞).
 * Choosing r to match a known curvature at one end gives the implied-vol solver starting points close enough for
 * two Householder steps; the lower bound on r keeps the interpolant monotone and convex like the data.
 */
final class RationalCubic {
    private static final double MAXIMUM_CONTROL = 1.0 / Math.ulp(1.0);
    private static final double MINIMUM_CONTROL = -(1.0 - Math.sqrt(Math.ulp(1.0)));

    private RationalCubic() {
    }

    static double value(double x, double xl, double xr, double yl, double yr, double dl, double dr, double r) {
        double h = xr - xl;
        if (!(h > 0)) {
            return 0.5 * (yl + yr);
        }
        double t = (x - xl) / h;
        if (r >= MAXIMUM_CONTROL) {
            return yr * t + yl * (1 - t);
        }
        double u = 1 - t;
        double t2 = t * t;
        double u2 = u * u;
        double numerator = yr * t2 * t + (r * yr - h * dr) * t2 * u + (r * yl + h * dl) * t * u2 + yl * u2 * u;
        return numerator / (1 + (r - 3) * t * u);
    }

    /** The control that gives the interpolant second derivative {@code curvature} at the right end, made shape-safe. */
    static double controlForRightCurvature(double xl, double xr, double yl, double yr, double dl, double dr,
                                           double curvature) {
        double h = xr - xl;
        double slope = (yr - yl) / h;
        double r = (0.5 * h * curvature + (dr - dl)) / (dr - slope);
        return shapeSafe(r, dl, dr, slope);
    }

    /** The control that gives second derivative {@code curvature} at the left end, made shape-safe. */
    static double controlForLeftCurvature(double xl, double xr, double yl, double yr, double dl, double dr,
                                          double curvature) {
        double h = xr - xl;
        double slope = (yr - yl) / h;
        double r = (0.5 * h * curvature + (dr - dl)) / (slope - dl);
        return shapeSafe(r, dl, dr, slope);
    }

    /**
     * Raises r to the least value that keeps the interpolant monotone ((dl + dr)/Δ, Delbourgo-Gregory) and, for
     * convex or concave data, convex or concave (max of (dr - dl)/(dr - Δ) and (dr - dl)/(Δ - dl)).
     */
    private static double shapeSafe(double r, double dl, double dr, double slope) {
        double least = MINIMUM_CONTROL;
        boolean monotone = dl * slope >= 0 && dr * slope >= 0;
        boolean convex = dl <= slope && slope <= dr;
        boolean concave = dl >= slope && slope >= dr;
        if (monotone) {
            least = slope != 0 ? Math.max(least, (dl + dr) / slope) : MAXIMUM_CONTROL;
        }
        if (convex || concave) {
            double rightGap = dr - slope;
            double leftGap = slope - dl;
            if (rightGap != 0 && leftGap != 0) {
                least = Math.max(least, Math.max(Math.abs((dr - dl) / rightGap), Math.abs((dr - dl) / leftGap)));
            } else {
                least = MAXIMUM_CONTROL;
            }
        }
        if (!(r >= least)) {
            // Also catches a NaN from a degenerate curvature fit.
            return least;
        }
        return Math.min(r, MAXIMUM_CONTROL);
    }
}
