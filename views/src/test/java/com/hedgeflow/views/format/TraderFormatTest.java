package com.hedgeflow.views.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TraderFormatTest {

    private static final String DASH = "\u2014";

    @Test
    void signedCoinShowsTheSignAndNeverANegativeZero() {
        assertEquals("+0.5120", TraderFormat.signed(0.512, 4));
        assertEquals("-2.5000", TraderFormat.signed(-2.5, 4));
        assertEquals("+1,234.5678", TraderFormat.signed(1234.5678, 4));
        assertEquals("0.0000", TraderFormat.signed(-0.00004, 4));
        assertEquals("0.0000", TraderFormat.signed(0.0, 4));
        assertEquals(DASH, TraderFormat.signed(Double.NaN, 4));
        assertEquals(DASH, TraderFormat.signed(Double.POSITIVE_INFINITY, 4));
    }

    @Test
    void signedUsdIsWholeDollarsWithTheSignBeforeTheDollar() {
        assertEquals("+$123,456", TraderFormat.signedUsd(123_456.4));
        assertEquals("-$1,235", TraderFormat.signedUsd(-1_234.5001));
        assertEquals("$0", TraderFormat.signedUsd(-0.3));
        assertEquals(DASH, TraderFormat.signedUsd(Double.NaN));
    }

    @Test
    void pricesAndAmounts() {
        assertEquals("64,210.50", TraderFormat.fixed(64_210.5, 2));
        assertEquals("0.0523", TraderFormat.fixed(0.0523, 4));
        assertEquals("-3.10", TraderFormat.fixed(-3.1, 2));
        assertEquals("0.00", TraderFormat.fixed(-0.001, 2));
        assertEquals("$60,012.50", TraderFormat.usd(60_012.5, 2));
        assertEquals("-$12.00", TraderFormat.usd(-12, 2));
        assertEquals(DASH, TraderFormat.usd(Double.NaN, 2));
    }

    @Test
    void quantitiesKeepTheirPrecisionWithoutTrailingNoise() {
        assertEquals("10.0", TraderFormat.quantity(10, 1, 4));
        assertEquals("-2.5", TraderFormat.quantity(-2.5, 1, 4));
        assertEquals("0.001", TraderFormat.quantity(0.001, 1, 4));
        assertEquals("-150,000", TraderFormat.quantity(-150_000, 0, 0));
    }

    @Test
    void volIsShownInVolPoints() {
        assertEquals("62.0", TraderFormat.volPoints(0.62));
        assertEquals("48.3", TraderFormat.volPoints(0.48251));
        assertEquals(DASH, TraderFormat.volPoints(Double.NaN));
    }

    @Test
    void latencyAndAge() {
        assertEquals("42 ms", TraderFormat.millis(42));
        assertEquals(DASH + " ms", TraderFormat.millis(-1));
        assertEquals("0.2 s", TraderFormat.age(Duration.ofMillis(249)));
        assertEquals("0.0 s", TraderFormat.age(Duration.ofMillis(-500)));
        assertEquals("59.9 s", TraderFormat.age(Duration.ofMillis(59_999)));
        assertEquals("4 min 05 s", TraderFormat.age(Duration.ofSeconds(245)));
        assertEquals("2 h 10 min", TraderFormat.age(Duration.ofMinutes(130)));
    }

    @Test
    void timesAreUtc() {
        assertEquals("14:03:22.4 UTC", TraderFormat.utcTime(Instant.parse("2025-05-02T14:03:22.456Z")));
    }

    @Test
    void theMachineLocaleDoesNotLeakIn() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("+$123,456", TraderFormat.signedUsd(123_456));
            assertEquals("64,210.50", TraderFormat.fixed(64_210.5, 2));
            assertEquals("62.0", TraderFormat.volPoints(0.62));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void figuresCarryTheToneOfTheirSign() {
        assertEquals(Tone.UP, Figure.signed(0.5, "+0.5000").tone());
        assertEquals(Tone.DOWN, Figure.signed(-0.5, "-0.5000").tone());
        assertEquals(Tone.NEUTRAL, Figure.signed(0.0, "0.0000").tone());
        assertEquals(Figure.MISSING, Figure.signed(Double.NaN, DASH));
    }
}
