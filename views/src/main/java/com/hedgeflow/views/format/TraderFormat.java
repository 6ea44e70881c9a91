package com.hedgeflow.views.format;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers look on the desk: US grouping and decimal point whatever the machine's locale (traders
 * compare screens and venue UIs that all use it), an explicit sign on exposures, an em dash for
 * anything that cannot be computed, never "NaN".
 *
 * <p>Pure functions; callers format on change only, so building a {@link DecimalFormat} per call is
 * cheaper than sharing a non-thread-safe one.
 */
public final class TraderFormat {

    public static final String EM_DASH = "\u2014";

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.S", Locale.US).withZone(ZoneOffset.UTC);

    private TraderFormat() {
    }

    /** {@code +0.5120}, {@code -2.5000}, {@code 0.0000} when it rounds to zero. */
    public static String signed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return EM_DASH;
        }
        String magnitude = fixed(Math.abs(value), decimals);
        return sign(value, decimals) + magnitude;
    }

    /** {@code +$123,456}, {@code -$1,234}, {@code $0}: whole dollars, for exposures. */
    public static String signedUsd(double value) {
        if (!Double.isFinite(value)) {
            return EM_DASH;
        }
        return sign(value, 0) + "$" + fixed(Math.abs(value), 0);
    }

    /** {@code 64,210.50}: a price or amount, grouped, fixed decimals, sign only when negative. */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return EM_DASH;
        }
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), US);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String s = f.format(value);
        return s.startsWith("-") && isZero(value, decimals) ? s.substring(1) : s;
    }

    /** {@code $64,210.50}. */
    public static String usd(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return EM_DASH;
        }
        String magnitude = fixed(Math.abs(value), decimals);
        return (value < 0 && !isZero(value, decimals) ? "-$" : "$") + magnitude;
    }

    /** A position size: grouped, at least {@code minDecimals}, trailing zeros dropped up to {@code maxDecimals}. */
    public static String quantity(double value, int minDecimals, int maxDecimals) {
        if (!Double.isFinite(value)) {
            return EM_DASH;
        }
        StringBuilder pattern = new StringBuilder("#,##0");
        if (maxDecimals > 0) {
            pattern.append('.').append("0".repeat(minDecimals)).append("#".repeat(maxDecimals - minDecimals));
        }
        DecimalFormat f = new DecimalFormat(pattern.toString(), US);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String s = f.format(value);
        return s.startsWith("-") && isZero(value, maxDecimals) ? s.substring(1) : s;
    }

    /** Decimal vol (0.62) as vol points with one decimal ({@code 62.0}). */
    public static String volPoints(double decimalVol) {
        return Double.isFinite(decimalVol) ? fixed(decimalVol * 100.0, 1) : EM_DASH;
    }

    /** A round trip; negative means "not measured yet". */
    public static String millis(long millis) {
        return millis < 0 ? EM_DASH + " ms" : millis + " ms";
    }

    /** {@code 0.2 s}, {@code 12.3 s}, {@code 4 min 05 s}, {@code 2 h 10 min}; negative ages (clock skew) read as zero. */
    public static String age(Duration age) {
        long tenths = Math.max(0, age.toMillis()) / 100;
        return ageFromTenths(tenths);
    }

    /** Same as {@link #age} on an age already cut to tenths of a second, which callers compare for change. */
    public static String ageFromTenths(long tenths) {
        if (tenths < 600) {
            return (tenths / 10) + "." + (tenths % 10) + " s";
        }
        long seconds = tenths / 10;
        if (seconds < 3600) {
            return String.format(Locale.US, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.US, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }

    /** {@code 14:03:22.4 UTC}: the desk runs on UTC like the venues' expiries. */
    public static String utcTime(Instant instant) {
        return UTC_TIME.format(instant) + " UTC";
    }

    private static String sign(double value, int decimals) {
        if (isZero(value, decimals)) {
            return "";
        }
        return value > 0 ? "+" : "-";
    }

    private static boolean isZero(double value, int decimals) {
        return Math.abs(value) < 0.5 * Math.pow(10, -decimals);
    }
}
