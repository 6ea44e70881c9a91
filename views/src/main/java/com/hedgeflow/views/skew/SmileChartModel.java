package com.hedgeflow.views.skew;

import com.hedgeflow.engine.analytics.ExpirySkew;
import com.hedgeflow.engine.analytics.SkewReport;
import com.hedgeflow.engine.vol.DeltaStrike;
import com.hedgeflow.engine.vol.SmileMetrics;
import com.hedgeflow.engine.vol.SmilePoint;
import com.hedgeflow.engine.vol.SviFit;
import com.hedgeflow.engine.vol.SviFlag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * What the smile chart draws, computed once per analytics update so that a resize only re-scales: per expiry the
 * SVI curve sampled over its quoted log-moneyness range (never extrapolated past the wings, where SVI is the
 * model's guess), and the ATM and 25-delta points read by the skew metrics.
 *
 * <p>The x axis is log-moneyness {@code k = ln(K/F)} rather than strike: every expiry has its own forward, and
 * smiles of different expiries only line up, ATM on ATM, in moneyness.
 */
final class SmileChartModel {

    /** Points per curve: smooth at any chart width, and 1 ms to sample for a full chain. */
    static final int SAMPLES = 121;

    /** A point on the chart, vol in vol points. */
    record Marker(double k, double volPoints) {
    }

    /**
     * One expiry's smile.
     *
     * @param k          sampled log-moneyness, ascending; empty when there is no usable fit
     * @param volPoints  the fit's implied vol at each k, vol points
     * @param flagged    the fit carries a flag: drawn dashed
     * @param atm        ATM point of the metrics, or {@code null}
     * @param put        25Δ put point, or {@code null}
     * @param call       25Δ call point, or {@code null}
     * @param arbitrage  where the fitted density is lowest when it is negative (butterfly arbitrage), or {@code null}
     * @param quotes     the market's mark IVs the fit was made from
     */
    record Series(Instant expiry, String label, Color colour, double[] k, double[] volPoints, boolean flagged,
                  String badge, Marker atm, Marker put, Marker call, Marker arbitrage, List<Marker> quotes) {
    }

    private final List<Series> series;
    private final double kMin;
    private final double kMax;
    private final double volMin;
    private final double volMax;
    private final boolean empty;

    private SmileChartModel(List<Series> series, double kMin, double kMax, double volMin, double volMax,
                            boolean empty) {
        this.series = List.copyOf(series);
        this.empty = empty;
        this.kMin = kMin;
        this.kMax = kMax;
        this.volMin = volMin;
        this.volMax = volMax;
    }

    /** @param colours one per expiry of the report, in its order */
    static SmileChartModel of(SkewReport report, List<Color> colours) {
        List<Series> series = new ArrayList<>();
        Bounds bounds = new Bounds();
        List<ExpirySkew> expiries = report.expiries();
        for (int i = 0; i < expiries.size(); i++) {
            Series s = series(expiries.get(i), colours.get(i));
            series.add(s);
            for (int j = 0; j < s.k().length; j++) {
                bounds.add(s.k()[j], s.volPoints()[j]);
            }
            s.quotes().forEach(bounds::add);
            bounds.add(s.atm());
            bounds.add(s.put());
            bounds.add(s.call());
        }
        if (bounds.empty()) {
            return new SmileChartModel(series, 0, 0, 0, 0, true);
        }
        // ATM is the reference every smile is read against: keep k = 0 on the axis even for one-sided quotes.
        bounds.add(0.0, bounds.volMin);
        return new SmileChartModel(series, bounds.kMin, bounds.kMax, bounds.volMin, bounds.volMax, false);
    }

    static Series series(ExpirySkew e, Color colour) {
        SviFit fit = e.fit();
        double[] k = new double[0];
        double[] vol = new double[0];
        Marker arbitrage = null;
        if (fit != null && fit.maxLogMoneyness() > fit.minLogMoneyness()) {
            k = new double[SAMPLES];
            vol = new double[SAMPLES];
            double from = fit.minLogMoneyness();
            double step = (fit.maxLogMoneyness() - from) / (SAMPLES - 1);
            for (int j = 0; j < SAMPLES; j++) {
                k[j] = j == SAMPLES - 1 ? fit.maxLogMoneyness() : from + j * step;
                vol[j] = 100 * fit.parameters().impliedVol(k[j], fit.years());
            }
            if (fit.has(SviFlag.BUTTERFLY_ARBITRAGE) && fit.butterfly() != null) {
                double at = fit.butterfly().atLogMoneyness();
                if (Double.isFinite(at)) {
                    arbitrage = new Marker(at, 100 * fit.parameters().impliedVol(at, fit.years()));
                }
            }
        }
        SmileMetrics m = e.metrics();
        Marker atm = m == null ? null : new Marker(0.0, 100 * m.atmVol());
        Marker put = m == null ? null : marker(m.put());
        Marker call = m == null ? null : marker(m.call());
        String label = ExpiryText.code(e.expiry()) + "  " + ExpiryText.days(e.years()) + "d";
        List<Marker> quotes = new ArrayList<>();
        for (SmilePoint p : e.points()) {
            quotes.add(new Marker(Math.log(p.strike() / e.forward()), 100 * p.impliedVol()));
        }
        return new Series(e.expiry(), label, colour, k, vol, FitQuality.flagged(fit), FitQuality.badge(fit),
                atm, put, call, arbitrage, quotes);
    }

    private static Marker marker(DeltaStrike d) {
        return d == null ? null : new Marker(d.logMoneyness(), 100 * d.vol());
    }

    List<Series> series() {
        return series;
    }

    /** Nothing to draw: no fit and no metrics in any expiry. */
    boolean isEmpty() {
        return empty;
    }

    double kMin() {
        return kMin;
    }

    double kMax() {
        return kMax;
    }

    double volMin() {
        return volMin;
    }

    double volMax() {
        return volMax;
    }

    /** Running extent of everything drawn. */
    private static final class Bounds {
        double kMin = Double.POSITIVE_INFINITY;
        double kMax = Double.NEGATIVE_INFINITY;
        double volMin = Double.POSITIVE_INFINITY;
        double volMax = Double.NEGATIVE_INFINITY;

        void add(Marker m) {
            if (m != null) {
                add(m.k(), m.volPoints());
            }
        }

        void add(double k, double vol) {
            if (Double.isFinite(k) && Double.isFinite(vol)) {
                kMin = Math.min(kMin, k);
                kMax = Math.max(kMax, k);
                volMin = Math.min(volMin, vol);
                volMax = Math.max(volMax, vol);
            }
        }

        boolean empty() {
            return kMin > kMax;
        }
    }
}
