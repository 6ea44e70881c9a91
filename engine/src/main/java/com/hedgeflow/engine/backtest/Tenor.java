package com.hedgeflow.engine.backtest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time for the backtest's schedules ({@code --monitor 5m}, {@code time:1w}, {@code leland:1h}) in
 * 365-day years: {@code s} seconds, {@code m} minutes (not months), {@code h} hours, {@code d} days, {@code w}
 * weeks, {@code y} years.
 */
public final class Tenor {
    private static final Pattern TENOR = Pattern.compile("(\\d+(?:\\.\\d+)?)([smhdwy])");
    private static final double DAY = 1.0 / 365.0;

    private Tenor() {
    }

    /** Years in {@code text}; IllegalArgumentException naming {@code what} when it is not a positive tenor. */
    public static double years(String what, String text) {
        Matcher m = TENOR.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a tenor such as 30s, 5m, 1h, 1d, 1w, 0.5y");
        }
        double n = Double.parseDouble(m.group(1));
        double years;
        switch (m.group(2)) {
            case "s" -> years = n * DAY / 86_400.0;
            case "m" -> years = n * DAY / 1_440.0;
            case "h" -> years = n * DAY / 24.0;
            case "d" -> years = n * DAY;
            case "w" -> years = 7 * n * DAY;
            default -> years = n;
        }
        if (!(years > 0)) {
            throw new IllegalArgumentException(what + " '" + text + "' must be longer than zero");
        }
        return years;
    }
}
