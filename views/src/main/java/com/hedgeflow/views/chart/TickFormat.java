package com.hedgeflow.views.chart;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Short labels for axes and chart markers, where space is a few characters: strikes as {@code 95k}, money as
 * {@code $1.2M}, moves as {@code +5%}. Full-precision figures belong in tables and side panels
 * ({@link com.hedgeflow.views.format.TraderFormat}); these are for reading a chart at a glance.
 */
public final class TickFormat {

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);
    private static final String DASH = "\u2014";

    private TickFormat() {
    }

    /** A strike or index level: {@code 95k}, {@code 97.5k}, {@code 3.25k}, {@code 950}. */
    public static String kUsd(double usd) {
        return compact(usd, 2);
    }

    /** A level where the hundreds matter: {@code 95.3k} with one decimal of thousands. */
    public static String kUsd1(double usd) {
        if (!Double.isFinite(usd)) {
            return DASH;
        }
        if (Math.abs(usd) < 1_000) {
            return format(usd, 0);
        }
        return format(usd / 1_000, 1) + "k";
    }

    /** Money on an axis: {@code $1.2M}, {@code -$350k}, {@code $0}. */
    public static String compactUsd(double usd) {
        if (!Double.isFinite(usd)) {
            return DASH;
        }
        String magnitude = compact(Math.abs(usd), 2);
        return (usd < 0 && !"0".equals(magnitude) ? "-$" : "$") + magnitude;
    }

    /** A plain quantity (coin) on an axis: {@code 1.2k}, {@code 12.5}, {@code 0.25}, {@code -3M}. */
    public static String compact(double value) {
        return compact(value, 2);
    }

    /** A relative move: {@code +5%}, {@code -20%}, {@code 0%}, {@code +2.5%}. */
    public static String percent(double shift) {
        if (!Double.isFinite(shift)) {
            return DASH;
        }
        String s = format(Math.abs(shift) * 100, 1);
        if ("0".equals(s)) {
            return "0%";
        }
        return (shift > 0 ? "+" : "-") + s + "%";
    }

    private static String compact(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return DASH;
        }
        double a = Math.abs(value);
        String text;
        if (a >= 1e9) {
            text = format(value / 1e9, decimals) + "B";
        } else if (a >= 1e6) {
            text = format(value / 1e6, decimals) + "M";
        } else if (a >= 1e3) {
            text = format(value / 1e3, decimals) + "k";
        } else {
            text = format(value, decimals);
        }
        return text;
    }

    private static String format(double value, int maxDecimals) {
        StringBuilder pattern = new StringBuilder("#,##0");
        if (maxDecimals > 0) {
            pattern.append('.').append("#".repeat(maxDecimals));
        }
        DecimalFormat f = new DecimalFormat(pattern.toString(), US);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String s = f.format(value);
        return "-0".equals(s) ? "0" : s;
    }
}
