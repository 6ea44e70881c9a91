package com.hedgeflow.engine.vol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermStructureTest {
    private final TermStructure curve = TermStructure.of(List.of(
            new AtmPoint(0.5, 0.6), new AtmPoint(0.1, 0.8), new AtmPoint(1.0, 0.55)));

    @Test
    void isExactAtTheListedExpiries() {
        assertEquals(List.of(0.1, 0.5, 1.0), curve.points().stream().map(AtmPoint::years).toList());
        for (AtmPoint p : curve.points()) {
            AtmVol atm = curve.atm(p.years());
            assertEquals(p.vol(), atm.vol(), 1e-15);
            assertFalse(atm.extrapolated());
        }
    }

    @Test
    void interpolatesLinearlyInTotalVarianceBetweenExpiries() {
        double w1 = 0.8 * 0.8 * 0.1;
        double w2 = 0.6 * 0.6 * 0.5;
        double t = 0.2;
        double w = w1 + (w2 - w1) * (t - 0.1) / (0.5 - 0.1);
        AtmVol atm = curve.atm(t);
        assertEquals(w, atm.totalVariance(), 1e-15);
        assertEquals(Math.sqrt(w / t), atm.vol(), 1e-15);
        assertFalse(atm.extrapolated());
        // Flat forward variance: the variance added per year is the same everywhere between two expiries.
        assertEquals((w2 - w1) / 0.4, curve.forwardVariance(0), 1e-15);
        assertEquals((curve.atm(0.4).totalVariance() - curve.atm(0.3).totalVariance()) / 0.1, curve.forwardVariance(0), 1e-12);
    }

    @Test
    void holdsTheVolFlatOutsideTheExpiriesAndSaysSo() {
        AtmVol early = curve.atm(0.02);
        assertEquals(0.8, early.vol(), 0.0);
        assertEquals(0.8 * 0.8 * 0.02, early.totalVariance(), 1e-15);
        assertTrue(early.extrapolated());
        AtmVol late = curve.atm(2.0);
        assertEquals(0.55, late.vol(), 0.0);
        assertTrue(late.extrapolated());
        assertThrows(IllegalArgumentException.class, () -> curve.atm(0.0));
    }

    @Test
    void reportsAtmVarianceFallingWithMaturity() {
        assertTrue(curve.decreasingVariance().isEmpty());
        // 0.9 at 0.2y is 0.162 of variance, more than 0.5 at 0.5y (0.125).
        TermStructure inverted = TermStructure.of(List.of(new AtmPoint(0.2, 0.9), new AtmPoint(0.5, 0.5), new AtmPoint(1, 0.5)));
        assertEquals(List.of(0), inverted.decreasingVariance());
        assertTrue(inverted.forwardVariance(0) < 0);
    }

    @Test
    void buildsFromMetricsAndFits() {
        Smile shortSmile = SviTestData.exactSmile(SviTestData.CLEAN, 0.25, -1, 1, 41);
        SmileMetrics metrics = SmileMetrics.of(InterpolatedSmile.of(shortSmile), DeltaConvention.FORWARD);
        SviFit fit = new SviFitter().fit(shortSmile);
        double atm = SviTestData.CLEAN.impliedVol(0, 0.25);
        assertEquals(atm, TermStructure.ofMetrics(List.of(metrics)).atm(0.25).vol(), 1e-12);
        assertEquals(atm, TermStructure.ofFits(List.of(fit)).atm(0.25).vol(), 1e-8);
    }

    @Test
    void rejectsTwoPointsAtOneMaturity() {
        assertThrows(IllegalArgumentException.class,
                () -> TermStructure.of(List.of(new AtmPoint(0.5, 0.6), new AtmPoint(0.5, 0.7))));
        assertThrows(IllegalArgumentException.class, () -> TermStructure.of(List.of()));
    }
}
