package com.hedgeflow.views.scenario;

import com.hedgeflow.views.format.TraderFormat;

/**
 * USD amounts short enough for a heat-map cell: three significant figures with k, M or B ({@code +$12.3k},
 * {@code -$1.25M}), whole dollars below a thousand, {@code $0} when it rounds to nothing. The unit is chosen after
 * rounding, so 999,700 reads {@code $1.00M}, never {@code $1000k}.
 */
final class CompactUsd {

    private static final String[] UNITS = {"k", "M", "B", "T"};

    private CompactUsd() {
    }

    /** With an explicit sign, as P&L: {@code +$12.3k}, {@code -$850}, {@code $0}. */
    static String signed(double usd) {
        if (!Double.isFinite(usd)) {
            return TraderFormat.EM_DASH;
        }
        String magnitude = magnitude(Math.abs(usd));
        if (magnitude.equals("0")) {
            return "$0";
        }
        return (usd > 0 ? "+$" : "-$") + magnitude;
    }

    /** Without a sign: {@code $12.3k}. */
    static String unsigned(double usd) {
        return Double.isFinite(usd) ? "$" + magnitude(Math.abs(usd)) : TraderFormat.EM_DASH;
    }

    private static String magnitude(double a) {
        if (a < 999.5) {
            return TraderFormat.fixed(a, 0);
        }
        double value = a;
        int unit = -1;
        while (value >= 999.5 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        int decimals = value < 9.995 ? 2 : value < 99.95 ? 1 : 0;
        return TraderFormat.fixed(value, decimals) + UNITS[unit];
    }
}
