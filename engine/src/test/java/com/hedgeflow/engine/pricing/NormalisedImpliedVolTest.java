package com.hedgeflow.engine.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The solver on the normalised function directly, over far more than any listed option covers: total vol s from
 * 1e-6 to 12, log-moneyness from 1e-8 to 60 in size, so every one of the four branches and both asymptotes are
 * exercised.
 */
class NormalisedImpliedVolTest {

    @Provide
    Arbitrary<Double> totalVols() {
        return ImpliedVolTest.logUniform(1e-6, 12.0);
    }

    @Provide
    Arbitrary<Double> logMoneyness() {
        return ImpliedVolTest.logUniform(1e-8, 60.0).map(m -> -m);
    }

    /**
     * An error of one ulp in the term sizes of b moves s by about √(2π)·ε (the terms over the vega, see
     * NormalisedBlack), so the absolute tolerance is a few of those on top of 1e-14 relative.
     */
    @Property(tries = 5000)
    void findsTheTotalVolOfAnyRepresentablePrice(@ForAll("logMoneyness") double x,
                                                 @ForAll("totalVols") double s) {
        checkRoundTrip(x, s);
    }

    @Property(tries = 5000)
    void findsTheTotalVolAtAnyNumberOfStandardDeviations(@ForAll("totalVols") double s,
                                                         @ForAll @DoubleRange(min = -12, max = 0) @Scale(12) double z) {
        checkRoundTrip(z * s, s);
    }

    private static void checkRoundTrip(double x, double s) {
        double beta = NormalisedBlack.value(x, s);
        double complement = NormalisedBlack.complement(x, s);
        // Subnormal prices carry too few digits to say anything; a complement of zero is the maximum itself.
        Assume.that(beta >= Double.MIN_NORMAL && complement >= Double.MIN_NORMAL);
        int[] evaluations = {0};

        double found = NormalisedImpliedVol.totalVol(x, beta, complement, () -> evaluations[0]++);

        assertEquals(s, found, 1e-14 * s + 8 * Math.ulp(1.0), "x=" + x);
        assertTrue(evaluations[0] <= 10, evaluations[0] + " evaluations");
        Statistics.label("evaluations").collect(evaluations[0]);
    }

    @Test
    void atTheMoneyIsTheInverseErrorFunction() {
        // b(0, s) = erf(s/√8) = 1 − 2N(−s/2), so s = −2·N⁻¹((1 − β)/2).
        for (double s : new double[] {1e-6, 1e-3, 0.1, 0.5, 1, 2, 5, 10}) {
            double beta = 1 - 2 * Normal.cdf(-s / 2);
            double complement = 2 * Normal.cdf(-s / 2);
            assertEquals(s, NormalisedImpliedVol.totalVol(0.0, beta, complement, EvaluationCounter.NONE),
                    1e-14 * s + 8 * Math.ulp(1.0), "s=" + s);
        }
    }
}
