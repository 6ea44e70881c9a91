package com.hedgeflow.views.skew;

import com.hedgeflow.engine.analytics.ExpirySkew;
import com.hedgeflow.engine.vol.SmileMetrics;
import com.hedgeflow.engine.vol.SmileSource;
import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.format.TraderFormat;
import java.time.Instant;
import javafx.scene.paint.Color;

/**
 * One expiry's line of the skew table, formatted once per analytics update. Vols are in vol points; the
 * risk reversal and butterfly carry their sign (a negative RR means puts over calls).
 */
record SkewLine(Instant expiry, ExpiryLabel label, Figure days, Figure quotes, Figure forward, Figure atm,
                Figure riskReversal, Figure butterfly, Figure rmse, FitFlags flags, Figure note) {

    static final int FORWARD_DECIMALS = 2;
    static final int SKEW_DECIMALS = 2;
    static final String FROM_FIT = "ATM, RR and BF read off the SVI fit: the quotes do not reach 25\u0394";

    /** The expiry's code and the colour of its curve, so the table doubles as the chart's legend. */
    record ExpiryLabel(String text, Color colour) {
    }

    /** The fit's flags, or "clean"; {@code flagged} turns the cell to the warning colour. */
    record FitFlags(String text, boolean flagged) {
    }

    static SkewLine of(ExpirySkew e, Color colour) {
        SmileMetrics m = e.metrics();
        Figure atm = Figure.MISSING;
        Figure rr = Figure.MISSING;
        Figure bf = Figure.MISSING;
        if (m != null) {
            atm = Figure.neutral(TraderFormat.volPoints(m.atmVol()));
            rr = Figure.signed(m.riskReversalVolPoints(), TraderFormat.signed(m.riskReversalVolPoints(), SKEW_DECIMALS));
            bf = Figure.signed(m.butterflyVolPoints(), TraderFormat.signed(m.butterflyVolPoints(), SKEW_DECIMALS));
        }
        Figure rmse = e.fit() == null ? Figure.MISSING : Figure.neutral(FitQuality.rmse(e.fit()));
        return new SkewLine(e.expiry(),
                new ExpiryLabel(ExpiryText.code(e.expiry()), colour),
                Figure.neutral(ExpiryText.days(e.years())),
                Figure.neutral(Integer.toString(e.quotes())),
                Figure.neutral(TraderFormat.fixed(e.forward(), FORWARD_DECIMALS)),
                atm, rr, bf, rmse,
                new FitFlags(FitQuality.flags(e.fit()), FitQuality.flagged(e.fit()) || e.fit() == null),
                note(e));
    }

    /** Why a number is missing, or where it came from when it is not the quotes themselves. */
    static Figure note(ExpirySkew e) {
        if (e.problem() != null && !e.problem().isBlank()) {
            return Figure.neutral(e.problem());
        }
        if (e.metrics() != null && e.metrics().source() == SmileSource.SVI_FIT) {
            return Figure.neutral(FROM_FIT);
        }
        return Figure.BLANK;
    }
}
