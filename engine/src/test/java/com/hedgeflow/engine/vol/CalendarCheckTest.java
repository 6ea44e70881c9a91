package com.hedgeflow.engine.vol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarCheckTest {
    private final SviFitter fitter = new SviFitter();

    @Test
    void slicesThatGrowWithMaturityPass() {
        // Total variance scaled up at every k for each later expiry.
        SviFit first = fit(new SviParameters(0.01, 0.05, -0.3, 0.0, 0.2), 0.1);
        SviFit second = fit(new SviParameters(0.03, 0.10, -0.3, 0.0, 0.2), 0.3);
        SviFit third = fit(new SviParameters(0.06, 0.15, -0.3, 0.0, 0.2), 0.7);
        CalendarCheck check = CalendarCheck.of(List.of(third, first, second));
        assertTrue(check.arbitrageFree(), check.violations().toString());
        assertEquals(2, check.pairsChecked());
    }

    @Test
    void findsSlicesThatCrossInTheWings() {
        // The later slice has more variance at the money but much flatter wings: it dips below in both wings.
        SviParameters early = new SviParameters(0.02, 0.20, -0.3, 0.0, 0.1);
        SviParameters late = new SviParameters(0.05, 0.05, -0.3, 0.0, 0.1);
        SviFit earlyFit = fit(early, 0.2);
        SviFit lateFit = fit(late, 0.4);
        SviFit lastFit = fit(new SviParameters(0.30, 0.2, -0.3, 0.0, 0.1), 1.0);
        CalendarCheck check = CalendarCheck.of(List.of(earlyFit, lateFit, lastFit));

        assertEquals(1, check.violations().size());
        CalendarViolation v = check.violations().get(0);
        assertEquals(0.2, v.earlierYears());
        assertEquals(0.4, v.laterYears());
        // Both wings cross, so the violated grid points run from one edge of the range to the other.
        assertEquals(-1.0, v.fromLogMoneyness(), 1e-12);
        assertEquals(1.0, v.toLogMoneyness(), 1e-12);
        // The gap is widest at the far left, where the early slice's put wing is steepest.
        assertEquals(-1.0, v.worstLogMoneyness(), 1e-12);
        assertEquals(early.totalVariance(-1.0) - late.totalVariance(-1.0), v.worstShortfall(), 1e-6);
        assertTrue(v.gridPointsViolated() < check.gridPoints(), "the money itself is fine");
    }

    @Test
    void rejectsTwoFitsAtOneMaturity() {
        SviFit a = fit(SviTestData.CLEAN, 0.25);
        assertThrows(IllegalArgumentException.class, () -> CalendarCheck.of(List.of(a, a)));
        assertTrue(CalendarCheck.of(List.of(a)).arbitrageFree());
    }

    private SviFit fit(SviParameters svi, double years) {
        return fitter.fit(SviTestData.exactSmile(svi, years, -1, 1, 41));
    }
}
