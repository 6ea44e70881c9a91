package com.hedgeflow.views.skew;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.analytics.ExpirySkew;
import com.hedgeflow.engine.analytics.SkewReport;
import com.hedgeflow.engine.vol.SviFit;
import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.format.Tone;
import com.hedgeflow.views.format.TraderFormat;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The skew screen's models on a report from the real skew calculator (VolBooks.mixedSkew). */
class SkewModelsTest {

    private static SkewReport mixed;
    private static List<Color> colours;

    @BeforeAll
    static void fit() {
        mixed = VolBooks.mixedSkew();
        colours = ExpiryColours.ramp(mixed.expiries().size(), Palette.DARK);
    }

    private static ExpirySkew expiry(int i) {
        return mixed.expiries().get(i);
    }

    @Test
    void fitQualityNamesEveryFlagAndShowsTheRmse() {
        assertEquals(FitQuality.CLEAN, FitQuality.flags(expiry(0).fit()));
        assertEquals("", FitQuality.badge(expiry(0).fit()));
        assertEquals("TOO FEW POINTS", FitQuality.flags(expiry(1).fit()));
        SviFit noisy = expiry(2).fit();
        assertEquals("POOR FIT", FitQuality.flags(noisy));
        assertEquals("\u26a0 POOR FIT \u00b7 RMSE " + TraderFormat.fixed(noisy.rmseVolPoints(), 2) + " vp",
                FitQuality.badge(noisy));
        assertTrue(noisy.rmseVolPoints() > 2, "the fixture jitters quotes by 2.5 vol points");
        assertEquals("BUTTERFLY ARB", FitQuality.flags(expiry(4).fit()));
        assertTrue(FitQuality.explain(expiry(4).fit()).startsWith("Butterfly arbitrage"));
        assertEquals(FitQuality.NO_FIT, FitQuality.flags(null));
        assertFalse(FitQuality.flagged(null));
    }

    @Test
    void eachCurveIsTheFitSampledOverItsQuotedRangeInVolPoints() {
        SmileChartModel model = SmileChartModel.of(mixed, colours);
        assertEquals(5, model.series().size());
        SmileChartModel.Series weekly = model.series().get(0);
        SviFit fit = expiry(0).fit();
        assertEquals(SmileChartModel.SAMPLES, weekly.k().length);
        assertEquals(fit.minLogMoneyness(), weekly.k()[0], 1e-15);
        assertEquals(fit.maxLogMoneyness(), weekly.k()[SmileChartModel.SAMPLES - 1], 1e-15);
        assertEquals(-0.5, weekly.k()[0], 1e-9); // the fixture's lowest strike, F·e^-0.5
        int mid = SmileChartModel.SAMPLES / 2;
        assertEquals(100 * fit.parameters().impliedVol(weekly.k()[mid], fit.years()), weekly.volPoints()[mid], 1e-12);
        assertEquals(colours.get(0), weekly.colour());
        assertEquals("9MAY25  6.7d", weekly.label());
        assertFalse(weekly.flagged());

        // The metrics' points, in vol points at their log-moneyness.
        assertEquals(0.0, weekly.atm().k());
        assertEquals(100 * expiry(0).metrics().atmVol(), weekly.atm().volPoints(), 1e-12);
        assertEquals(expiry(0).metrics().put().logMoneyness(), weekly.put().k(), 1e-15);
        assertTrue(weekly.put().k() < 0 && weekly.call().k() > 0);

        // The market's quotes the fit was made from, as dots at ln(K/F).
        assertEquals(expiry(0).quotes(), weekly.quotes().size());
        assertEquals(-0.5, weekly.quotes().get(0).k(), 1e-9);
        assertEquals(100 * expiry(0).points().get(0).impliedVol(), weekly.quotes().get(0).volPoints(), 1e-12);
    }

    @Test
    void flaggedFitsAreDashedAndMarkedAndMissingMetricsDrawNoPoints() {
        SmileChartModel model = SmileChartModel.of(mixed, colours);
        assertTrue(model.series().get(1).flagged());
        assertNull(model.series().get(1).atm(), "the thin expiry has no metrics");
        assertTrue(model.series().get(2).flagged());
        assertTrue(model.series().get(2).badge().contains("POOR FIT"));
        SmileChartModel.Series yearly = model.series().get(4);
        assertNotNull(yearly.arbitrage(), "where the density goes negative");
        assertEquals(0.88, yearly.arbitrage().k(), 0.02);
        assertNull(model.series().get(0).arbitrage());
        // The axis spans every curve and keeps ATM on it.
        assertEquals(-1.5, model.kMin(), 1e-9);
        assertEquals(1.5, model.kMax(), 1e-9);
        assertFalse(model.isEmpty());
        assertTrue(SmileChartModel.of(SkewReport.EMPTY, List.of()).isEmpty());
    }

    @Test
    void termStructurePillarsAreTheAtmVolsAndTheCurveInterpolatesInVariance() {
        TermStructureModel model = TermStructureModel.of(mixed, colours);
        // The thin expiry has no ATM vol: four pillars for five expiries.
        assertEquals(4, model.pillars().size());
        TermStructureModel.Pillar first = model.pillars().get(0);
        assertEquals(VolBooks.years(VolBooks.WEEKLY) * 365, first.days(), 1e-9);
        assertEquals(100 * expiry(0).metrics().atmVol(), first.volPoints(), 1e-12);
        assertEquals(colours.get(0), first.colour());
        assertEquals(colours.get(2), model.pillars().get(1).colour(), "pillars take their expiry's colour");
        assertEquals(3, model.segments().size());
        TermStructureModel.Segment s = model.segments().get(0);
        assertEquals(first.volPoints(), s.volPoints()[0], 1e-9);
        // Linear in total variance, not in vol: the midpoint's vol is √ of the interpolated variance over t.
        double t0 = VolBooks.years(VolBooks.WEEKLY);
        double t1 = VolBooks.years(VolBooks.NOISY);
        double v0 = expiry(0).metrics().atmVol();
        double v1 = expiry(2).metrics().atmVol();
        int j = TermStructureModel.SEGMENT_SAMPLES / 2;
        double t = s.days()[j] / 365;
        double w = v0 * v0 * t0 + (t - t0) / (t1 - t0) * (v1 * v1 * t1 - v0 * v0 * t0);
        assertEquals(100 * Math.sqrt(w / t), s.volPoints()[j], 1e-9);
        assertFalse(s.decreasing());
        assertTrue(model.segments().get(2).decreasing(), "the yearly slice has less ATM variance than the quarterly");
    }

    @Test
    void theCalendarVerdictNamesTheCrossingExpiries() {
        TermStructureModel mixedModel = TermStructureModel.of(mixed, colours);
        assertEquals(TermStructureModel.Calendar.ARBITRAGE, mixedModel.calendar());
        assertEquals("Calendar arbitrage: 27JUN25 \u2192 24APR26 at k -1.50 to +0.90", mixedModel.calendarText());

        SkewReport clean = VolBooks.cleanSkew();
        TermStructureModel cleanModel = TermStructureModel.of(clean, ExpiryColours.ramp(2, Palette.DARK));
        assertEquals(TermStructureModel.Calendar.FREE, cleanModel.calendar());
        assertEquals("No calendar arbitrage: total variance rises with expiry at every k (1 pair)",
                cleanModel.calendarText());

        SkewReport single = new SkewReport(List.of(clean.expiries().get(0)), clean.termStructure(), null);
        assertEquals(TermStructureModel.Calendar.UNCHECKED,
                TermStructureModel.of(single, ExpiryColours.ramp(1, Palette.DARK)).calendar());
    }

    @Test
    void tableLinesCarryTheSkewInVolPointsWithSigns() {
        ExpirySkew weekly = expiry(0);
        SkewLine line = SkewLine.of(weekly, colours.get(0));
        assertEquals("9MAY25", line.label().text());
        assertEquals("6.7", line.days().text());
        assertEquals("21", line.quotes().text());
        assertEquals("60,000.00", line.forward().text());
        assertEquals(TraderFormat.volPoints(weekly.metrics().atmVol()), line.atm().text());
        assertEquals("55.1", line.atm().text());
        assertEquals("-2.75", line.riskReversal().text());
        assertEquals(Tone.DOWN, line.riskReversal().tone(), "puts over calls");
        assertEquals("+0.58", line.butterfly().text());
        assertEquals("0.00", line.rmse().text());
        assertEquals(new SkewLine.FitFlags("clean", false), line.flags());
        assertEquals("", line.note().text());
    }

    @Test
    void aMissingMetricSaysWhyAndAFlaggedFitSaysWhat() {
        SkewLine thin = SkewLine.of(expiry(1), colours.get(1));
        assertEquals("\u2014", thin.atm().text());
        assertEquals(Tone.MUTED, thin.riskReversal().tone());
        assertEquals(new SkewLine.FitFlags("TOO FEW POINTS", true), thin.flags());
        assertTrue(thin.note().text().contains("25-delta strike lies beyond the quoted smile"), thin.note().text());

        SkewLine noisy = SkewLine.of(expiry(2), colours.get(2));
        assertEquals(new SkewLine.FitFlags("POOR FIT", true), noisy.flags());
        assertEquals(TraderFormat.fixed(expiry(2).fit().rmseVolPoints(), 2), noisy.rmse().text());
    }

    @Test
    void tableRowsAreKeptPerExpiryAcrossUpdates() {
        SkewTableModel model = new SkewTableModel();
        List<SkewLine> lines = mixed.expiries().stream().map(e -> SkewLine.of(e, Color.WHITE)).toList();
        assertTrue(model.apply(lines));
        List<SkewRow> before = List.copyOf(model.rows());
        assertFalse(model.apply(lines), "same expiries: no relayout");
        for (int i = 0; i < before.size(); i++) {
            assertTrue(before.get(i) == model.rows().get(i));
        }
        // The front expiry rolls off: the others keep their rows.
        assertTrue(model.apply(lines.subList(1, lines.size())));
        assertEquals(4, model.rows().size());
        assertTrue(before.get(1) == model.rows().get(0));
        assertEquals("55.1", before.get(0).atmProperty().get().text());
    }

    @Test
    void theConventionLineNamesTheDeltaBehind25Delta() {
        String text = SkewConventions.describe(SkewConventions.of(mixed));
        assertTrue(text.startsWith("25\u0394 strikes by forward delta (Black-76), premium not included"), text);
        assertTrue(text.contains("ATM at the forward"));
        assertEquals(SkewConventions.of(SkewReport.EMPTY), com.hedgeflow.engine.analytics.SkewCalculator.CONVENTION);
    }
}
