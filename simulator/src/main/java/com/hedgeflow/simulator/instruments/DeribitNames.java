package com.hedgeflow.simulator.instruments;

import com.hedgeflow.engine.market.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** Deribit instrument names: {@code BTC-5DEC26-95000-C}, day without a leading zero, upper-case month. */
public final class DeribitNames {
    private static final String[] MONTHS = {
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"
    };

    private DeribitNames() {
    }

    /** {@code 5DEC26} for 2026-12-05. */
    public static String expiryCode(Instant expiry) {
        LocalDate d = expiry.atZone(ZoneOffset.UTC).toLocalDate();
        return d.getDayOfMonth() + MONTHS[d.getMonthValue() - 1] + String.format(Locale.ROOT, "%02d", d.getYear() % 100);
    }

    public static String option(String currency, Instant expiry, double strike, OptionType type) {
        return currency + "-" + expiryCode(expiry) + "-" + strikeText(strike) + "-" + (type == OptionType.CALL ? "C" : "P");
    }

    public static String perpetual(String currency) {
        return currency + "-PERPETUAL";
    }

    private static String strikeText(double strike) {
        long whole = Math.round(strike);
        if (Math.abs(strike - whole) < 1e-9) {
            return Long.toString(whole);
        }
        return java.math.BigDecimal.valueOf(strike).stripTrailingZeros().toPlainString();
    }
}
