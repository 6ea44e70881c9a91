package com.hedgeflow.views.skew;

import com.hedgeflow.engine.vol.SviFit;
import com.hedgeflow.engine.vol.SviFlag;
import com.hedgeflow.views.format.TraderFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * What the screen says about an SVI fit. A flagged fit is still drawn (so the trader sees how wrong it is), but
 * dashed and with a badge, because signals read off a poor or arbitrageable fit should not be trusted
 * (analytics.md §3.11).
 */
final class FitQuality {

    static final String CLEAN = "clean";
    static final String NO_FIT = "no fit";

    private FitQuality() {
    }

    static boolean flagged(SviFit fit) {
        return fit != null && !fit.isClean();
    }

    /** {@code POOR FIT, BUTTERFLY ARB}; {@link #CLEAN} or {@link #NO_FIT} otherwise. */
    static String flags(SviFit fit) {
        if (fit == null) {
            return NO_FIT;
        }
        if (fit.isClean()) {
            return CLEAN;
        }
        List<String> names = new ArrayList<>();
        for (SviFlag flag : SviFlag.values()) {
            if (fit.has(flag)) {
                names.add(shortName(flag));
            }
        }
        return String.join(", ", names);
    }

    /** The legend's warning badge: {@code ⚠ POOR FIT · RMSE 1.84 vp}; empty for a clean fit. */
    static String badge(SviFit fit) {
        if (!flagged(fit)) {
            return "";
        }
        return "\u26a0 " + flags(fit) + " \u00b7 RMSE " + rmse(fit) + " vp";
    }

    /** RMSE in vol points, two decimals. */
    static String rmse(SviFit fit) {
        return fit == null ? TraderFormat.EM_DASH : TraderFormat.fixed(fit.rmseVolPoints(), 2);
    }

    /** One line per flag, for a tooltip. */
    static String explain(SviFit fit) {
        if (fit == null) {
            return "No SVI fit for this expiry.";
        }
        List<String> lines = new ArrayList<>();
        for (SviFlag flag : SviFlag.values()) {
            if (fit.has(flag)) {
                lines.add(explain(flag));
            }
        }
        lines.add("RMSE " + rmse(fit) + " vp, worst quote " + TraderFormat.fixed(fit.maxErrorVolPoints(), 2)
                + " vp, over " + fit.points() + " quotes");
        return String.join("\n", lines);
    }

    static String shortName(SviFlag flag) {
        switch (flag) {
            case POOR_FIT:
                return "POOR FIT";
            case BUTTERFLY_ARBITRAGE:
                return "BUTTERFLY ARB";
            case TOO_FEW_POINTS:
                return "TOO FEW POINTS";
            default:
                return flag.name();
        }
    }

    private static String explain(SviFlag flag) {
        switch (flag) {
            case POOR_FIT:
                return "Poor fit: RMSE above 1 vol point; do not trade signals off this curve.";
            case BUTTERFLY_ARBITRAGE:
                return "Butterfly arbitrage: the fitted density is negative somewhere on the quoted strikes.";
            case TOO_FEW_POINTS:
                return "Too few points: fewer strikes than SVI has parameters; the curve is not determined.";
            default:
                return flag.name();
        }
    }
}
