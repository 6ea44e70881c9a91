package com.hedgeflow.views.skew;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NiceTicksTest {

    private static List<String> labels(NiceTicks t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.count(); i++) {
            out.add(t.label(i));
        }
        return out;
    }

    @Test
    void ticksInsideALogMoneynessRangeReadWithoutRoundingNoise() {
        NiceTicks t = NiceTicks.within(-0.55, 0.35, 6);
        assertEquals(0.2, t.step(), 1e-15);
        List<String> signed = new ArrayList<>();
        for (int i = 0; i < t.count(); i++) {
            signed.add(t.signedLabel(i));
        }
        assertEquals(List.of("-0.4", "-0.2", "0.0", "+0.2"), signed);
    }

    @Test
    void aCoveringRangeStartsAndEndsOnTicks() {
        NiceTicks t = NiceTicks.covering(41.3, 118.7, 8);
        assertEquals(40, t.first(), 1e-12);
        assertEquals(120, t.last(), 1e-12);
        assertEquals(List.of("40", "60", "80", "100", "120"), labels(t));
        assertTrue(t.first() <= 41.3 && t.last() >= 118.7);
    }

    @Test
    void stepsOfTwoAndAHalfGetOneMoreDecimal() {
        NiceTicks t = NiceTicks.within(0, 10, 5);
        assertEquals(2.5, t.step(), 1e-15);
        assertEquals(List.of("0.0", "2.5", "5.0", "7.5", "10.0"), labels(t));
        NiceTicks small = NiceTicks.within(53.4, 55.6, 6);
        assertEquals(0.5, small.step(), 1e-15);
        assertEquals("53.5", small.label(0));
    }

    @Test
    void aFlatSeriesStillGetsAnAxis() {
        NiceTicks flat = NiceTicks.covering(55, 55, 5);
        assertTrue(flat.first() < 55 && flat.last() > 55, flat.toString());
        NiceTicks zero = NiceTicks.covering(0, 0, 5);
        assertTrue(zero.first() < 0 && zero.last() > 0, zero.toString());
    }

    @Test
    void refusesAnInfiniteRange() {
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.within(0, Double.POSITIVE_INFINITY, 5));
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.within(Double.NaN, 1, 5));
    }

    @Test
    void scalesMapDataOntoPixelsEitherWayRound() {
        LinearScale x = new LinearScale(-0.5, 0.5, 100, 300);
        assertEquals(200, x.map(0), 1e-12);
        assertEquals(100, x.map(-0.5), 1e-12);
        LinearScale y = new LinearScale(40, 120, 500, 100); // vol grows up the screen
        assertEquals(500, y.map(40), 1e-12);
        assertEquals(300, y.map(80), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new LinearScale(1, 1, 0, 10));
    }
}
