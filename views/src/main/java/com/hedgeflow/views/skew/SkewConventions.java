package com.hedgeflow.views.skew;

import com.hedgeflow.engine.analytics.ExpirySkew;
import com.hedgeflow.engine.analytics.SkewCalculator;
import com.hedgeflow.engine.analytics.SkewReport;
import com.hedgeflow.engine.vol.DeltaConvention;

/**
 * The conventions behind the skew numbers, written on screen: "25-delta" means different strikes under different
 * deltas, and vendors disagree on the sign of skew (analytics.md §3.8), so a number without them is ambiguous.
 */
final class SkewConventions {

    private SkewConventions() {
    }

    /** The convention the report's metrics were taken under; the calculator's when no expiry has metrics. */
    static DeltaConvention of(SkewReport report) {
        if (report != null) {
            for (ExpirySkew e : report.expiries()) {
                if (e.metrics() != null) {
                    return e.metrics().convention();
                }
            }
        }
        return SkewCalculator.CONVENTION;
    }

    /** The delta behind the wing strikes, e.g. {@code forward delta (Black-76), premium not included}. */
    static String delta(DeltaConvention convention) {
        switch (convention) {
            case FORWARD:
                return "forward delta (Black-76), premium not included";
            case FORWARD_PREMIUM_ADJUSTED:
                return "forward delta less premium in coin (premium-adjusted)";
            default:
                return convention.name();
        }
    }

    /** The whole line shown under the screen's title. */
    static String describe(DeltaConvention convention) {
        return "25\u0394 strikes by " + delta(convention) + "  \u00b7  ATM at the forward (k = 0)"
                + "  \u00b7  RR = \u03c3 25\u0394C \u2212 \u03c3 25\u0394P  \u00b7  BF = (\u03c3 25\u0394C + \u03c3 25\u0394P)/2"
                + " \u2212 \u03c3 ATM  \u00b7  vp = vol points";
    }
}
