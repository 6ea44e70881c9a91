package com.hedgeflow.app.cli;

import com.hedgeflow.engine.pricing.YearFraction;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --expiry} of DESIGN.md §6: {@code 30d} and {@code 20w} count 365-day years ({@code 20w} is
 * 140/365), {@code 0.25y} is years, and an ISO instant is measured from now, ACT/365 of real seconds.
 */
final class Expiry {
    private static final Pattern RELATIVE = Pattern.compile("(\\d+(?:\\.\\d+)?)([dwy])");

    private Expiry() {
    }

    static double years(String text, Instant now) {
        String value = text.trim();
        Matcher m = RELATIVE.matcher(value);
        double years;
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            years = switch (m.group(2)) {
                case "d" -> n / 365.0;
                case "w" -> 7.0 * n / 365.0;
                default -> n;
            };
        } else {
            try {
                years = YearFraction.between(now, Instant.parse(value));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--expiry '" + text + "' is neither a tenor (30d, 20w, 0.25y) "
                        + "nor an ISO instant (2026-12-25T08:00:00Z)");
            }
        }
        if (!(years > 0)) {
            throw new IllegalArgumentException("--expiry '" + text + "' is not in the future");
        }
        return years;
    }
}
