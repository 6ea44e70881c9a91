package com.hedgeflow.engine.backtest;

import java.util.Locale;

/**
 * How the backtest rehedges (the {@code --policy} of {@code hedgeflow backtest}), looked at every monitoring step:
 * <ul>
 * <li>{@code time:1w} ({@link Kind#TIME}): back to the Black-Scholes delta every interval;</li>
 * <li>{@code band:0.05} ({@link Kind#BAND}): a fixed band of ±0.05 of the underlying per unit of option quantity
 * around the delta-neutral hedge; outside it, trade to the nearest edge;</li>
 * <li>{@code ww:LAMBDA} ({@link Kind#WHALLEY_WILMOTT}): the Whalley–Wilmott band (analytics.md §4.3) with CARA risk
 * aversion LAMBDA in 1/currency for the whole position, the one-way cost of the run; trade to the nearest edge;</li>
 * <li>{@code zakamouline:GAMMA} ({@link Kind#ZAKAMOULINE}): Zakamouline's band around the delta at the modified vol
 * (analytics.md §4.4), risk aversion GAMMA likewise; trade to the nearest edge;</li>
 * <li>{@code leland:1h} ({@link Kind#LELAND}): every interval back to the delta at Leland's adjusted vol
 * (analytics.md §4.1).</li>
 * </ul>
 *
 * @param parameter the interval in years (time, leland), the half-width per option (band) or the risk aversion
 */
public record HedgingRule(Kind kind, double parameter) {

    public enum Kind { TIME, BAND, WHALLEY_WILMOTT, ZAKAMOULINE, LELAND }

    public HedgingRule {
        if (kind == null) {
            throw new IllegalArgumentException("--policy needs a kind");
        }
        boolean ok = kind == Kind.BAND ? parameter >= 0 && Double.isFinite(parameter)
                : parameter > 0 && Double.isFinite(parameter);
        if (!ok) {
            throw new IllegalArgumentException("--policy " + kind.name().toLowerCase(Locale.ROOT)
                    + (kind == Kind.BAND ? " needs a band >= 0" : " needs a positive parameter") + ", got " + parameter);
        }
    }

    public static HedgingRule time(double intervalYears) {
        return new HedgingRule(Kind.TIME, intervalYears);
    }

    public static HedgingRule band(double halfWidthPerOption) {
        return new HedgingRule(Kind.BAND, halfWidthPerOption);
    }

    public static HedgingRule whalleyWilmott(double riskAversion) {
        return new HedgingRule(Kind.WHALLEY_WILMOTT, riskAversion);
    }

    public static HedgingRule zakamouline(double riskAversion) {
        return new HedgingRule(Kind.ZAKAMOULINE, riskAversion);
    }

    public static HedgingRule leland(double intervalYears) {
        return new HedgingRule(Kind.LELAND, intervalYears);
    }

    /** {@code time:1w}, {@code band:0.05}, {@code ww:0.001}, {@code zakamouline:0.001}, {@code leland:1h}. */
    public static HedgingRule parse(String text) {
        String value = text == null ? "" : text.trim();
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--policy '" + text + "' must be time:1w, band:0.05, ww:LAMBDA, "
                    + "zakamouline:GAMMA or leland:1h");
        }
        String name = value.substring(0, colon).toLowerCase(Locale.ROOT);
        String arg = value.substring(colon + 1);
        switch (name) {
            case "time" -> {
                return time(Tenor.years("--policy time", arg));
            }
            case "leland" -> {
                return leland(Tenor.years("--policy leland", arg));
            }
            case "band" -> {
                return band(number("--policy band", arg));
            }
            case "ww", "whalley-wilmott" -> {
                return whalleyWilmott(number("--policy ww", arg));
            }
            case "zakamouline", "zak" -> {
                return zakamouline(number("--policy zakamouline", arg));
            }
            default -> throw new IllegalArgumentException("--policy '" + text + "': unknown policy '" + name
                    + "'; use time, band, ww, zakamouline or leland");
        }
    }

    private static double number(String what, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " needs a number, got '" + text + "'");
        }
    }

    /** The policy as typed: {@code time:0.019178y} style for schedules (years), the number otherwise. */
    public String label() {
        return switch (kind) {
            case TIME -> "time:" + parameter + "y";
            case BAND -> "band:" + parameter;
            case WHALLEY_WILMOTT -> "ww:" + parameter;
            case ZAKAMOULINE -> "zakamouline:" + parameter;
            case LELAND -> "leland:" + parameter + "y";
        };
    }
}
