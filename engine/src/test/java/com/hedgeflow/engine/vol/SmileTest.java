package com.hedgeflow.engine.vol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmileTest {

    @Test
    void sortsQuotesByStrikeAndReadsThemInLogMoneynessAndTotalVariance() {
        Smile smile = new Smile(0.5, 100, List.of(SmilePoint.of(120, 0.5), SmilePoint.of(80, 0.7), SmilePoint.of(100, 0.6)));
        assertEquals(80, smile.points().get(0).strike());
        assertEquals(Math.log(0.8), smile.logMoneyness(0), 1e-15);
        assertEquals(0.7 * 0.7 * 0.5, smile.totalVariance(0), 1e-15);
        assertEquals(3, smile.size());
    }

    @Test
    void takesTheExpiryAsInstantsInAct365() {
        Instant now = Instant.parse("2026-11-27T08:00:00Z");
        Smile smile = Smile.of(now, now.plus(Duration.ofDays(73)), 95_000, List.of(SmilePoint.of(95_000, 0.5)));
        assertEquals(0.2, smile.years(), 1e-15);
        assertThrows(IllegalArgumentException.class,
                () -> Smile.of(now, now.minusSeconds(1), 95_000, List.of(SmilePoint.of(95_000, 0.5))));
    }

    @Test
    void rejectsWhatCannotBeASmile() {
        assertThrows(IllegalArgumentException.class, () -> new Smile(0.5, 100, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Smile(0.0, 100, List.of(SmilePoint.of(100, 0.5))));
        assertThrows(IllegalArgumentException.class, () -> new Smile(0.5, -1, List.of(SmilePoint.of(100, 0.5))));
        assertThrows(IllegalArgumentException.class, () -> SmilePoint.of(100, 0.0));
        assertThrows(IllegalArgumentException.class, () -> SmilePoint.of(0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new SmilePoint(100, 0.5, -1));
        assertThrows(IllegalArgumentException.class, () -> new SmilePoint(100, Double.NaN, 1));
    }

    @Test
    void interpolatesLinearlyInTotalVarianceAgainstLogMoneyness() {
        Smile smile = new Smile(0.5, 100, List.of(SmilePoint.of(80, 0.7), SmilePoint.of(120, 0.5)));
        InterpolatedSmile curve = InterpolatedSmile.of(smile);
        double k0 = Math.log(0.8);
        double k1 = Math.log(1.2);
        double k = 0.25 * k0 + 0.75 * k1;
        assertEquals(0.25 * smile.totalVariance(0) + 0.75 * smile.totalVariance(1), curve.totalVariance(k), 1e-15);
        assertEquals(Math.sqrt(curve.totalVariance(k) / 0.5), curve.vol(k), 1e-15);
        assertEquals(0.7, curve.vol(k0), 1e-15);
        assertEquals(k0, curve.minLogMoneyness());
        assertEquals(k1, curve.maxLogMoneyness());
        assertThrows(SmileRangeException.class, () -> curve.totalVariance(k1 + 1e-9));
    }

    @Test
    void averagesQuotesAtTheSameStrikeInTotalVariance() {
        Smile smile = new Smile(1.0, 100, List.of(SmilePoint.of(100, 0.5), SmilePoint.of(100, 0.7), SmilePoint.of(110, 0.6)));
        InterpolatedSmile curve = InterpolatedSmile.of(smile);
        assertEquals(0.5 * (0.25 + 0.49), curve.totalVariance(0.0), 1e-15);
    }
}
