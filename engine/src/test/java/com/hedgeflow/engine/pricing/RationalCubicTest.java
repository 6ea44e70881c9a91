package com.hedgeflow.engine.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class RationalCubicTest {

    @Property
    void matchesValuesAndSlopesAtBothEnds(@ForAll @DoubleRange(min = 0.1, max = 2) double dl,
                                          @ForAll @DoubleRange(min = 2.5, max = 9) double dr,
                                          @ForAll @DoubleRange(min = -0.9, max = 50) double r) {
        double xl = 1;
        double xr = 3;
        double yl = 2;
        double yr = 6;
        assertEquals(yl, RationalCubic.value(xl, xl, xr, yl, yr, dl, dr, r), 1e-14);
        assertEquals(yr, RationalCubic.value(xr, xl, xr, yl, yr, dl, dr, r), 1e-14);
        double h = 1e-6;
        assertEquals(dl, (RationalCubic.value(xl + h, xl, xr, yl, yr, dl, dr, r) - yl) / h, 1e-4 * (1 + Math.abs(r)));
        assertEquals(dr, (yr - RationalCubic.value(xr - h, xl, xr, yl, yr, dl, dr, r)) / h, 1e-4 * (1 + Math.abs(r)));
    }

    @Test
    void controlThreeIsTheCubicHermite() {
        // The cubic with y(0)=0, y'(0)=0, y(1)=1, y'(1)=3 is x³.
        for (double x = 0; x <= 1; x += 0.125) {
            assertEquals(x * x * x, RationalCubic.value(x, 0, 1, 0, 1, 0, 3, 3), 1e-15);
        }
    }

    @Test
    void curvatureFitReproducesAConvexFunction() {
        // e^x on [0, 1]: fitting the curvature at either end keeps it within a fraction of a percent.
        double e = Math.E;
        double rRight = RationalCubic.controlForRightCurvature(0, 1, 1, e, 1, e, e);
        double rLeft = RationalCubic.controlForLeftCurvature(0, 1, 1, e, 1, e, 1);
        for (double x = 0; x <= 1; x += 0.0625) {
            assertEquals(Math.exp(x), RationalCubic.value(x, 0, 1, 1, e, 1, e, rRight), 2e-3 * Math.exp(x));
            assertEquals(Math.exp(x), RationalCubic.value(x, 0, 1, 1, e, 1, e, rLeft), 2e-3 * Math.exp(x));
        }
    }

    /** Whatever curvature is asked for, monotone convex data give a monotone convex interpolant. */
    @Property
    void shapeIsPreserved(@ForAll @DoubleRange(min = 0, max = 0.99) double dlOverSlope,
                          @ForAll @DoubleRange(min = 1.01, max = 40) double drOverSlope,
                          @ForAll @DoubleRange(min = -100, max = 100) double curvature) {
        double slope = 2.0;
        double dl = dlOverSlope * slope;
        double dr = drOverSlope * slope;
        double r = RationalCubic.controlForRightCurvature(0, 1, 0, slope, dl, dr, curvature);
        double previous = 0;
        double previousStep = 0;
        for (int i = 1; i <= 64; i++) {
            double y = RationalCubic.value(i / 64.0, 0, 1, 0, slope, dl, dr, r);
            double step = y - previous;
            assertTrue(step >= -1e-12, "not monotone at " + i);
            assertTrue(i == 1 || step >= previousStep - 1e-9, "not convex at " + i);
            previous = y;
            previousStep = step;
        }
    }
}
