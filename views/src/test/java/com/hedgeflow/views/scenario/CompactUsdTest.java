package com.hedgeflow.views.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactUsdTest {

    @Test
    void threeSignificantFiguresWithAUnit() {
        assertEquals("+$12.3k", CompactUsd.signed(12_345));
        assertEquals("-$1.25M", CompactUsd.signed(-1_248_000));
        assertEquals("+$123k", CompactUsd.signed(123_400));
        assertEquals("-$6.92k", CompactUsd.signed(-6_918));
        assertEquals("+$2.10B", CompactUsd.signed(2.1e9));
    }

    @Test
    void smallAmountsInWholeDollarsAndZeroWithoutASign() {
        assertEquals("-$851", CompactUsd.signed(-851.2));
        assertEquals("+$1", CompactUsd.signed(0.6));
        assertEquals("$0", CompactUsd.signed(0.4));
        assertEquals("$0", CompactUsd.signed(-0.0));
        assertEquals("\u2014", CompactUsd.signed(Double.NaN));
    }

    @Test
    void theUnitIsChosenAfterRounding() {
        assertEquals("+$999", CompactUsd.signed(999.4));
        assertEquals("+$1.00k", CompactUsd.signed(999.6));
        assertEquals("+$10.0k", CompactUsd.signed(9_996));
        assertEquals("+$100k", CompactUsd.signed(99_960));
        assertEquals("-$999k", CompactUsd.signed(-999_400));
        assertEquals("-$1.00M", CompactUsd.signed(-999_700));
        assertEquals("$140k", CompactUsd.unsigned(-140_200));
    }
}
