package com.hedgeflow.engine.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.hedging.Books;
import org.junit.jupiter.api.Test;

class LotSizeTest {
    @Test
    void inverseSizesAreUsdMultiplesOfTheContract() {
        assertEquals(10, LotSize.step(Books.PERP), 0);
        assertEquals(100_000, LotSize.sizeFor(Books.PERP, -1.0, 100_000), 0);
        assertEquals(28_530, LotSize.sizeFor(Books.PERP, 0.3, 95_123.5), 0); // 28,537.05 down to 28,530
        assertEquals(0, LotSize.sizeFor(Books.PERP, 0.00009, 100_000), 0);   // 9 USD: under one contract
        assertEquals(10, LotSize.sizeFor(Books.PERP, 0.0001, 100_000), 0);   // exactly one contract
        assertEquals(0.5, LotSize.deltaCoin(Books.PERP, 50_000, 100_000), 0);
    }

    @Test
    void linearSizesAreCoinStepsOfTheMinimumTradeAmount() {
        assertEquals(0.3, LotSize.sizeFor(Books.LINEAR_PERP, 0.3, 100_000), 1e-15);
        assertEquals(0.012, LotSize.sizeFor(Books.LINEAR_PERP, -0.01299, 100_000), 1e-15);
        assertEquals(0, LotSize.sizeFor(Books.LINEAR_PERP, 0.0009, 100_000), 0);
        assertEquals(1500, LotSize.notionalUsd(Books.LINEAR_PERP, 0.015, 100_000), 1e-9);
    }

    @Test
    void onStepToleratesBinaryNoise() {
        assertTrue(LotSize.onStep(0.1 + 0.2, 0.1));
        assertTrue(LotSize.onStep(95_313.5, 0.5));
        assertFalse(LotSize.onStep(95_313.2, 0.5));
        assertEquals(95_313.5, LotSize.roundDown(95_313.5466, 0.5), 0);
        assertEquals(94_933.5, LotSize.roundUp(94_933.05, 0.5), 0);
        assertEquals(94_933.0, LotSize.roundUp(94_933.0, 0.5), 0);
    }
}
