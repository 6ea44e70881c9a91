package com.hedgeflow.engine.vol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.Black76;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SviParametersTest {

    @Test
    void totalVarianceFollowsTheRawFormula() {
        SviParameters svi = new SviParameters(0.04, 0.1, -0.3, 0.05, 0.2);
        double x = 0.3 - 0.05;
        assertEquals(0.04 + 0.1 * (-0.3 * x + Math.sqrt(x * x + 0.04)), svi.totalVariance(0.3), 1e-16);
        assertEquals(Math.sqrt(svi.totalVariance(0.3) / 0.5), svi.impliedVol(0.3, 0.5), 1e-16);
        // The minimum sits at k = m − ρσ/√(1 − ρ²) and equals a + bσ√(1 − ρ²).
        double kStar = 0.05 + 0.3 * 0.2 / Math.sqrt(1 - 0.09);
        assertEquals(svi.minTotalVariance(), svi.totalVariance(kStar), 1e-15);
    }

    @Property(tries = 200)
    void slopeAndCurvatureAreTheDerivatives(@ForAll @DoubleRange(min = 0.0, max = 0.2) double minVariance,
                                            @ForAll @DoubleRange(min = 0.01, max = 0.8) double b,
                                            @ForAll @DoubleRange(min = -0.95, max = 0.95) double rho,
                                            @ForAll @DoubleRange(min = -0.5, max = 0.5) double m,
                                            @ForAll @DoubleRange(min = 0.02, max = 1.0) double sigma,
                                            @ForAll @DoubleRange(min = -1.5, max = 1.5) double k) {
        SviParameters svi = SviTestData.withMinVariance(minVariance, b, rho, m, sigma);
        double h = 1e-5 * sigma;
        double fdSlope = (svi.totalVariance(k + h) - svi.totalVariance(k - h)) / (2 * h);
        double fdCurvature = (svi.slope(k + h) - svi.slope(k - h)) / (2 * h);
        assertEquals(svi.slope(k), fdSlope, 1e-7 * b);
        assertEquals(svi.curvature(k), fdCurvature, 1e-6 * b / sigma);
    }

    @Test
    void gatheralJacquierExampleHasNegativeDensity() {
        SviParameters svi = SviTestData.GATHERAL_JACQUIER_ARBITRAGE;
        // Checked numerically on a 40 000-point grid: g < 0 on about [0.64, 1.26], minimum −0.0329 at k ≈ 0.879.
        assertTrue(svi.density(0.88) < -0.03);
        assertTrue(svi.density(0.5) > 0);
        assertTrue(svi.density(1.5) > 0);
        assertTrue(svi.minTotalVariance() > 0, "admissible: the arbitrage is not negative variance");
    }

    @Test
    void densityIsTheSecondStrikeDerivativeOfCallPrices() {
        // Breeden–Litzenberger with F = 1: the density of S_T at K is ∂²C/∂K², and the density of ln S_T is K
        // times that; Gatheral writes the latter as g(k)/√(2πw)·exp(−d2²/2).
        SviParameters svi = SviTestData.CLEAN;
        for (double k : new double[] {-0.4, -0.1, 0.0, 0.2, 0.5}) {
            double strike = Math.exp(k);
            double dK = 1e-3 * strike;
            double secondDerivative = (call(svi, strike + dK) - 2 * call(svi, strike) + call(svi, strike - dK)) / (dK * dK);
            double w = svi.totalVariance(k);
            double d2 = -k / Math.sqrt(w) - 0.5 * Math.sqrt(w);
            double densityOfLog = svi.density(k) / Math.sqrt(2 * Math.PI * w) * Math.exp(-0.5 * d2 * d2);
            assertEquals(densityOfLog, secondDerivative * strike, 1e-4 * densityOfLog, "k=" + k);
        }
    }

    @Test
    void rejectsInadmissibleSets() {
        assertThrows(IllegalArgumentException.class, () -> new SviParameters(0.04, -0.1, 0, 0, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new SviParameters(0.04, 0.1, 1.0, 0, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new SviParameters(0.04, 0.1, 0, 0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new SviParameters(-0.05, 0.1, 0, 0, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new SviParameters(Double.NaN, 0.1, 0, 0, 0.2));
    }

    private static double call(SviParameters svi, double strike) {
        double w = svi.totalVariance(Math.log(strike));
        return Black76.price(OptionType.CALL, 1.0, strike, Math.sqrt(w), 1.0, 1.0);
    }
}
