package com.hedgeflow.engine.vol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Calendar-arbitrage check across fitted expiries: total variance must not fall with maturity at the same
 * log-moneyness (a calendar spread would otherwise cost less than nothing). Each consecutive pair of fits is
 * compared on an even k grid spanning the union of both fitted ranges, because a crossing inside either
 * expiry's quoted strikes is already tradable.
 *
 * @param violations    one entry per consecutive pair whose slices cross, shortest expiries first
 * @param pairsChecked  consecutive pairs compared
 * @param gridPoints    k points per pair
 */
public record CalendarCheck(List<CalendarViolation> violations, int pairsChecked, int gridPoints) {
    public static final int DEFAULT_GRID_POINTS = 201;
    /** Differences below this are rounding, not arbitrage (total variance of real smiles is above 1e-5). */
    private static final double TOLERANCE = 1e-12;

    public CalendarCheck {
        violations = List.copyOf(violations);
    }

    public static CalendarCheck of(List<SviFit> fits) {
        return of(fits, DEFAULT_GRID_POINTS);
    }

    /** @throws IllegalArgumentException when two fits share a maturity */
    public static CalendarCheck of(List<SviFit> fits, int gridPoints) {
        if (gridPoints < 2) {
            throw new IllegalArgumentException("need at least 2 grid points: " + gridPoints);
        }
        List<SviFit> sorted = new ArrayList<>(fits);
        sorted.sort(Comparator.comparingDouble(SviFit::years));
        List<CalendarViolation> violations = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            SviFit earlier = sorted.get(i);
            SviFit later = sorted.get(i + 1);
            if (earlier.years() == later.years()) {
                throw new IllegalArgumentException("two fits at the same maturity T=" + earlier.years());
            }
            CalendarViolation v = compare(earlier, later, gridPoints);
            if (v != null) {
                violations.add(v);
            }
        }
        return new CalendarCheck(violations, Math.max(0, sorted.size() - 1), gridPoints);
    }

    public boolean arbitrageFree() {
        return violations.isEmpty();
    }

    private static CalendarViolation compare(SviFit earlier, SviFit later, int gridPoints) {
        double from = Math.min(earlier.minLogMoneyness(), later.minLogMoneyness());
        double to = Math.max(earlier.maxLogMoneyness(), later.maxLogMoneyness());
        double step = (to - from) / (gridPoints - 1);
        double first = Double.NaN;
        double last = Double.NaN;
        double worstK = Double.NaN;
        double worst = 0;
        int count = 0;
        for (int j = 0; j < gridPoints; j++) {
            double k = from + j * step;
            double shortfall = earlier.totalVariance(k) - later.totalVariance(k);
            if (shortfall > TOLERANCE) {
                if (count == 0) {
                    first = k;
                }
                last = k;
                count++;
                if (shortfall > worst) {
                    worst = shortfall;
                    worstK = k;
                }
            }
        }
        return count == 0 ? null
                : new CalendarViolation(earlier.years(), later.years(), first, last, worstK, worst, count);
    }
}
