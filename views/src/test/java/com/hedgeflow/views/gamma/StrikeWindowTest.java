package com.hedgeflow.views.gamma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StrikeWindowTest {

    /** 50k to 150k every 5k, and 1k apart around the money as on Deribit's short expiries. */
    private static final double[] STRIKES = {50_000, 60_000, 70_000, 75_000, 80_000, 90_000, 98_000, 99_000,
        100_000, 101_000, 102_000, 110_000, 120_000, 125_000, 130_000, 150_000};

    @Test
    void coversTheZeroGammaRangeAroundTheIndex() {
        StrikeWindow w = StrikeWindow.of(100_000, STRIKES, 0.25);
        assertEquals(75_000, STRIKES[w.first()], 0);
        assertEquals(125_000, STRIKES[w.end() - 1], 0);
        assertEquals(3, w.hiddenBelow());
        assertEquals(2, w.hiddenAbove());
        assertEquals(1_000, w.spacingUsd(), 0, "bars as wide as the closest strikes allow");
        assertTrue(w.minUsd() <= 75_000 - 500, "half a bar of room at the edge");
        assertTrue(w.maxUsd() >= 125_000 + 500);
    }

    @Test
    void widensToTakeInAWall() {
        StrikeWindow w = StrikeWindow.of(100_000, STRIKES, 0.25, 60_000, Double.NaN);
        assertEquals(60_000, STRIKES[w.first()], 0);
        assertEquals(1, w.hiddenBelow());
    }

    @Test
    void aLoneStrikeStillGetsABar() {
        StrikeWindow w = StrikeWindow.of(100_000, new double[]{100_000}, 0.25);
        assertEquals(1, w.count());
        assertEquals(1_000, w.spacingUsd(), 0);
        StrikeWindow none = StrikeWindow.of(100_000, new double[0], 0.25);
        assertEquals(0, none.count());
        assertEquals(75_000, none.minUsd(), 1e-9);
    }
}
