package com.hedgeflow.views.gamma;

/**
 * The stretch of strikes the GEX chart draws. A full Deribit BTC chain lists strikes from a fifth to four times
 * the index; drawn at once, the strikes that carry the gamma would be a few pixels wide. The window covers the
 * same ±25% as the zero-gamma search (so the profile chart under it lines up strike for strike), widened to take
 * in the walls wherever they are, plus half a bar at each end.
 *
 * @param minUsd      left edge of the x axis
 * @param maxUsd      right edge of the x axis
 * @param first       index of the first strike drawn
 * @param end         one past the last strike drawn
 * @param spacingUsd  the narrowest gap between two drawn strikes: sets the bar width
 * @param hiddenBelow strikes left of the window
 * @param hiddenAbove strikes right of the window
 */
public record StrikeWindow(double minUsd, double maxUsd, int first, int end, double spacingUsd, int hiddenBelow,
                           int hiddenAbove) {

    /** Half-width of the window around the index, as a fraction; the same as the zero-gamma grid. */
    public static final double HALF_WIDTH = 0.25;

    /**
     * @param strikesUsd ascending
     * @param keepUsd    levels that must be inside the window (walls); NaN for "none"
     */
    public static StrikeWindow of(double spotUsd, double[] strikesUsd, double halfWidth, double... keepUsd) {
        double lo = spotUsd * (1 - halfWidth);
        double hi = spotUsd * (1 + halfWidth);
        for (double k : keepUsd) {
            if (Double.isFinite(k)) {
                lo = Math.min(lo, k);
                hi = Math.max(hi, k);
            }
        }
        int first = 0;
        while (first < strikesUsd.length && strikesUsd[first] < lo) {
            first++;
        }
        int end = first;
        while (end < strikesUsd.length && strikesUsd[end] <= hi) {
            end++;
        }
        double spacing = Double.POSITIVE_INFINITY;
        for (int k = first + 1; k < end; k++) {
            spacing = Math.min(spacing, strikesUsd[k] - strikesUsd[k - 1]);
        }
        if (!Double.isFinite(spacing) || spacing <= 0) {
            spacing = spotUsd * 0.01; // a lone strike: a bar about 1% wide
        }
        double min = lo;
        double max = hi;
        if (end > first) {
            min = Math.min(min, strikesUsd[first] - spacing * 0.6);
            max = Math.max(max, strikesUsd[end - 1] + spacing * 0.6);
        }
        return new StrikeWindow(min, max, first, end, spacing, first, strikesUsd.length - end);
    }

    public int count() {
        return end - first;
    }

    public int hidden() {
        return hiddenBelow + hiddenAbove;
    }
}
