package com.hedgeflow.engine.vol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class SviFitterTest {
    private final SviFitter fitter = new SviFitter();

    /**
     * The region: total variance floor 0.005–0.1 (e.g. 50% vol at 2 weeks to 1 year), wings up to b = 0.35,
     * skew either way, the vertex near the money, curvature scale 0.05–0.3; strikes cover the vertex and three
     * curvature scales either side so the five parameters are all visible in the data.
     */
    @Property(tries = 60)
    void recoversKnownParametersFromExactQuotes(@ForAll @DoubleRange(min = 0.005, max = 0.1) @Scale(4) double minVariance,
                                                @ForAll @DoubleRange(min = 0.02, max = 0.35) double b,
                                                @ForAll @DoubleRange(min = -0.8, max = 0.6) double rho,
                                                @ForAll @DoubleRange(min = -0.1, max = 0.1) double m,
                                                @ForAll @DoubleRange(min = 0.05, max = 0.3) double sigma,
                                                @ForAll @DoubleRange(min = 0.02, max = 1.5) double years) {
        SviParameters truth = SviTestData.withMinVariance(minVariance, b, rho, m, sigma);
        double span = Math.max(0.6, 3 * sigma + Math.abs(m));
        SviFit fit = fitter.fit(SviTestData.exactSmile(truth, years, -span, span, 40));

        assertEquals(0.0, fit.rmseVolPoints(), 1e-6);
        assertParameters(truth, fit.parameters(), 1e-6);
        assertFalse(fit.has(SviFlag.POOR_FIT));
        assertFalse(fit.has(SviFlag.TOO_FEW_POINTS));
    }

    @Property(tries = 40)
    void recoversKnownParametersThroughSmallNoise(@ForAll @DoubleRange(min = 0.01, max = 0.1) double minVariance,
                                                  @ForAll @DoubleRange(min = 0.05, max = 0.3) double b,
                                                  @ForAll @DoubleRange(min = -0.7, max = 0.5) double rho,
                                                  @ForAll @DoubleRange(min = -0.1, max = 0.1) double m,
                                                  @ForAll @DoubleRange(min = 0.05, max = 0.3) double sigma,
                                                  @ForAll @DoubleRange(min = 0.05, max = 1.5) double years,
                                                  @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SviParameters truth = SviTestData.withMinVariance(minVariance, b, rho, m, sigma);
        double span = Math.max(0.6, 3 * sigma + Math.abs(m));
        double noise = 0.0002; // 0.02 vol points, a tight mid-market quote
        SviFit fit = fitter.fit(SviTestData.smile(truth, years, -span, span, 40, noise, seed));

        // Least squares fits some of the noise, so the RMSE is at most about the noise.
        assertTrue(fit.rmseVol() < 1.5 * noise, "rmse " + fit.rmseVol());
        SviParameters p = fit.parameters();
        assertEquals(truth.a(), p.a(), 3e-3);
        assertEquals(truth.b(), p.b(), 3e-3);
        assertEquals(truth.rho(), p.rho(), 2e-2);
        assertEquals(truth.m(), p.m(), 1e-2);
        assertEquals(truth.sigma(), p.sigma(), 3e-2);
        for (double k = -span; k <= span; k += span / 20) {
            assertEquals(truth.impliedVol(k, years), p.impliedVol(k, years), 4 * noise, "vol at k=" + k);
        }
    }

    @Test
    void recoversASliceWhoseMinimumVarianceIsZero() {
        // On the boundary a + bσ√(1 − ρ²) = 0 the fitter's curved constraint is active.
        SviParameters truth = SviTestData.withMinVariance(0.0, 0.2, -0.4, 0.05, 0.1);
        SviFit fit = fitter.fit(SviTestData.exactSmile(truth, 0.5, -0.6, 0.6, 40));
        assertParameters(truth, fit.parameters(), 1e-5);
        assertEquals(0.0, fit.parameters().minTotalVariance(), 1e-9);
    }

    @Test
    void fitsAFlatSmileWithNoSlope() {
        Smile flat = flatSmile(0.6, 0.25, 40);
        SviFit fit = fitter.fit(flat);
        assertEquals(0.0, fit.rmseVolPoints(), 1e-6);
        assertEquals(0.6, fit.vol(SviTestData.FORWARD * 1.3), 1e-8);
        assertTrue(fit.isClean(), fit.flags().toString());
    }

    @Test
    void flagsButterflyArbitrageInTheGatheralJacquierSlice() {
        SviParameters gj = SviTestData.GATHERAL_JACQUIER_ARBITRAGE;
        SviFit fit = fitter.fit(SviTestData.exactSmile(gj, 0.99, -1.5, 1.5, 40));
        assertParameters(gj, fit.parameters(), 1e-5);
        assertTrue(fit.has(SviFlag.BUTTERFLY_ARBITRAGE));
        assertFalse(fit.has(SviFlag.POOR_FIT));
        assertTrue(fit.butterfly().minDensity() < -0.03);
        assertEquals(0.879, fit.butterfly().atLogMoneyness(), 5e-3);
    }

    @Test
    void cleanSliceHasNoFlags() {
        SviFit fit = fitter.fit(SviTestData.exactSmile(SviTestData.CLEAN, 0.25, -0.8, 0.8, 40));
        assertTrue(fit.isClean(), fit.flags().toString());
        assertTrue(fit.butterfly().minDensity() > 0);
    }

    @Test
    void flagsAPoorFitAndStillReturnsIt() {
        // A zig-zag no smooth smile can follow: ±3 vol points around 60%.
        List<SmilePoint> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double k = -0.5 + i / 29.0;
            points.add(SmilePoint.of(SviTestData.FORWARD * Math.exp(k), 0.6 + (i % 2 == 0 ? 0.03 : -0.03)));
        }
        SviFit fit = fitter.fit(new Smile(0.25, SviTestData.FORWARD, points));
        assertTrue(fit.has(SviFlag.POOR_FIT));
        assertEquals(3.0, fit.rmseVolPoints(), 0.2);
        assertEquals(3.0, fit.maxErrorVolPoints(), 0.5);
    }

    @Test
    void poorFitThresholdIsConfigurable() {
        Smile noisy = SviTestData.smile(SviTestData.CLEAN, 0.25, -0.8, 0.8, 40, 0.005, 42);
        SviFit lenient = fitter.fit(noisy);
        assertFalse(lenient.has(SviFlag.POOR_FIT), "rmse " + lenient.rmseVolPoints());
        SviFitter strict = new SviFitter(SviFitter.Settings.DEFAULT.withPoorFitRmseVolPoints(0.1));
        assertTrue(strict.fit(noisy).has(SviFlag.POOR_FIT));
    }

    @Test
    void flagsTooFewPointsButStillFits() {
        SviFit fit = fitter.fit(SviTestData.exactSmile(SviTestData.CLEAN, 0.25, -0.3, 0.3, 4));
        assertTrue(fit.has(SviFlag.TOO_FEW_POINTS));
        // Four quotes and five parameters: the fit goes through every quote, just not uniquely.
        assertEquals(0.0, fit.rmseVolPoints(), 1e-4);

        SviFit single = fitter.fit(SviTestData.exactSmile(SviTestData.CLEAN, 0.25, 0.0, 0.0, 1));
        assertTrue(single.has(SviFlag.TOO_FEW_POINTS));
        assertEquals(SviTestData.CLEAN.impliedVol(0.0, 0.25), single.vol(SviTestData.FORWARD), 1e-6);
    }

    @Test
    void duplicateStrikesDoNotCountAsMorePoints() {
        List<SmilePoint> points = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double strike = SviTestData.FORWARD * Math.exp(-0.2 + 0.1 * i);
            points.add(SmilePoint.of(strike, 0.6));
            points.add(SmilePoint.of(strike, 0.6));
        }
        assertTrue(fitter.fit(new Smile(0.25, SviTestData.FORWARD, points)).has(SviFlag.TOO_FEW_POINTS));
    }

    @Test
    void weightsDecideWhichQuotesTheFitFollows() {
        Smile exact = SviTestData.exactSmile(SviTestData.CLEAN, 0.25, -0.8, 0.8, 40);
        List<SmilePoint> points = new ArrayList<>(exact.points());
        SmilePoint outlier = points.get(20);
        points.set(20, new SmilePoint(outlier.strike(), outlier.impliedVol() + 0.10, 0.0));
        SviFit fit = fitter.fit(new Smile(0.25, SviTestData.FORWARD, points));
        // With zero weight the outlier does not move the fit, but it still shows in the error figures.
        assertParameters(SviTestData.CLEAN, fit.parameters(), 1e-6);
        assertEquals(10.0, fit.maxErrorVolPoints(), 1e-4);
        assertEquals(10.0 / Math.sqrt(40), fit.rmseVolPoints(), 1e-4);
        assertTrue(fit.has(SviFlag.POOR_FIT));
    }

    @Test
    void rejectsASmileWithNoWeight() {
        List<SmilePoint> points = List.of(new SmilePoint(50_000, 0.6, 0), new SmilePoint(60_000, 0.55, 0));
        assertThrows(IllegalArgumentException.class, () -> fitter.fit(new Smile(0.25, 60_000, points)));
    }

    @Test
    void keepsWingSlopesWithinLeesBound() {
        // Quotes whose right wing is steeper than total-variance slope 2 cannot be matched; the fit stays
        // admissible (b(1 + |ρ|) ≤ 2) and says it fits badly.
        List<SmilePoint> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double k = i * 0.1;
            double w = 0.04 + 3.0 * k;
            points.add(SmilePoint.of(SviTestData.FORWARD * Math.exp(k), Math.sqrt(w / 1.0)));
        }
        SviFit fit = fitter.fit(new Smile(1.0, SviTestData.FORWARD, points));
        SviParameters p = fit.parameters();
        assertTrue(p.b() * (1 + Math.abs(p.rho())) <= 2 + 1e-9);
        assertTrue(fit.has(SviFlag.POOR_FIT));
    }

    private static Smile flatSmile(double vol, double years, int count) {
        List<SmilePoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(SmilePoint.of(SviTestData.FORWARD * Math.exp(-0.6 + 1.2 * i / (count - 1)), vol));
        }
        return new Smile(years, SviTestData.FORWARD, points);
    }

    private static void assertParameters(SviParameters expected, SviParameters actual, double tolerance) {
        String both = "expected " + expected + " got " + actual;
        assertEquals(expected.a(), actual.a(), tolerance, both);
        assertEquals(expected.b(), actual.b(), tolerance, both);
        assertEquals(expected.rho(), actual.rho(), tolerance, both);
        assertEquals(expected.m(), actual.m(), tolerance, both);
        assertEquals(expected.sigma(), actual.sigma(), tolerance, both);
    }
}
