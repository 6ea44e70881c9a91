package com.hedgeflow.engine.vol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ATM vol across expiries (analytics.md §3.9). Between listed expiries total variance is linear in time, i.e.
 * the forward variance between two expiries is flat: that is the interpolation that cannot create calendar
 * arbitrage out of arbitrage-free pillars, which linear-in-vol can. Outside the listed expiries the nearest
 * vol is held flat and the answer says it was extrapolated.
 */
public final class TermStructure {
    private final List<AtmPoint> points;
    private final double[] years;
    private final double[] variance;

    private TermStructure(List<AtmPoint> sorted) {
        this.points = List.copyOf(sorted);
        int n = sorted.size();
        this.years = new double[n];
        this.variance = new double[n];
        for (int i = 0; i < n; i++) {
            years[i] = sorted.get(i).years();
            variance[i] = sorted.get(i).totalVariance();
        }
    }

    /** @throws IllegalArgumentException when empty or when two pillars share a maturity */
    public static TermStructure of(List<AtmPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a term structure needs at least one expiry");
        }
        List<AtmPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(AtmPoint::years));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).years() == sorted.get(i - 1).years()) {
                throw new IllegalArgumentException("two ATM points at the same maturity T=" + sorted.get(i).years());
            }
        }
        return new TermStructure(sorted);
    }

    public static TermStructure ofMetrics(List<SmileMetrics> metrics) {
        return of(metrics.stream().map(AtmPoint::of).toList());
    }

    public static TermStructure ofFits(List<SviFit> fits) {
        return of(fits.stream().map(AtmPoint::of).toList());
    }

    /** The pillars, shortest expiry first. */
    public List<AtmPoint> points() {
        return points;
    }

    /** ATM vol at any maturity; flat-vol extrapolation before the first and after the last expiry is flagged. */
    public AtmVol atm(double t) {
        if (!(t > 0) || !Double.isFinite(t)) {
            throw new IllegalArgumentException("maturity must be positive and finite: " + t);
        }
        int n = years.length;
        if (t <= years[0] || t >= years[n - 1]) {
            AtmPoint edge = t <= years[0] ? points.get(0) : points.get(n - 1);
            boolean extrapolated = t != edge.years();
            return new AtmVol(t, edge.vol(), edge.vol() * edge.vol() * t, extrapolated);
        }
        int hi = 1;
        while (years[hi] < t) {
            hi++;
        }
        int lo = hi - 1;
        double u = (t - years[lo]) / (years[hi] - years[lo]);
        double w = variance[lo] + u * (variance[hi] - variance[lo]);
        return new AtmVol(t, Math.sqrt(Math.max(w, 0) / t), w, false);
    }

    /**
     * Forward variance per year between pillar {@code i} and {@code i + 1}: {@code (w₂ − w₁)/(T₂ − T₁)}. Negative
     * means ATM total variance falls with maturity, a calendar arbitrage at the money.
     */
    public double forwardVariance(int i) {
        return (variance[i + 1] - variance[i]) / (years[i + 1] - years[i]);
    }

    /** Indices i where ATM total variance falls from pillar i to i + 1. */
    public List<Integer> decreasingVariance() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + 1 < years.length; i++) {
            if (variance[i + 1] < variance[i]) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }
}
