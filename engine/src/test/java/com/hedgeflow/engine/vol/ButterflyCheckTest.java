package com.hedgeflow.engine.vol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ButterflyCheckTest {

    @Test
    void findsTheNegativeDensityOfTheGatheralJacquierSlice() {
        ButterflyCheck check = ButterflyCheck.of(SviTestData.GATHERAL_JACQUIER_ARBITRAGE, -1.5, 1.5, 1001);
        assertFalse(check.arbitrageFree());
        // Reference: brute force on a 40 000-point grid over [−3, 3] gives min g = −0.03286 at k = 0.8793.
        assertEquals(-0.03286, check.minDensity(), 1e-5);
        assertEquals(0.879, check.atLogMoneyness(), 2e-3);
    }

    @Test
    void theSameSliceIsCleanWhereTheQuotesStop() {
        // Arbitrage outside the checked range is not reported: the check covers what it was asked to.
        ButterflyCheck check = ButterflyCheck.of(SviTestData.GATHERAL_JACQUIER_ARBITRAGE, -1.0, 0.5, 1001);
        assertTrue(check.arbitrageFree());
    }

    @Test
    void passesACleanSlice() {
        ButterflyCheck check = ButterflyCheck.of(SviTestData.CLEAN, -2, 2, 1001);
        assertTrue(check.arbitrageFree());
        assertTrue(check.minDensity() > 0.28);
        assertEquals(-2, check.fromLogMoneyness());
        assertEquals(2, check.toLogMoneyness());
    }

    @Test
    void zeroVarianceCountsAsArbitrage() {
        // Total variance exactly 0 at k = m = 0.2 and positive around it; g is large and positive beside that
        // point, so only the direct test of the vertex catches it.
        SviParameters touching = new SviParameters(-0.01, 0.1, 0.0, 0.2, 0.1);
        ButterflyCheck check = ButterflyCheck.of(touching, 0.0, 0.4, 400);
        assertFalse(check.arbitrageFree());
        assertEquals(Double.NEGATIVE_INFINITY, check.minDensity());
        assertEquals(0.2, check.atLogMoneyness(), 1e-12);
    }
}
