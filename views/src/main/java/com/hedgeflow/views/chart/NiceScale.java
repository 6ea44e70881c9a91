package com.hedgeflow.views.chart;

import java.util.Arrays;

/**
 * Tick values a reader can add up in their head: steps of 1, 2, 2.5 or 5 times a power of ten. A tick at
 * 37,183 says nothing; ticks at 35k, 40k, 45k let the eye interpolate.
 */
public final class NiceScale {

    private NiceScale() {
    }

    /** The nice step that cuts {@code span} into about {@code target} intervals; 0 for an empty span. */
    public static double step(double span, int target) {
        if (!(span > 0) || Double.isInfinite(span)) {
            return 0;
        }
        double raw = span / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        double nice;
        if (r <= 1) {
            nice = 1;
        } else if (r <= 2) {
            nice = 2;
        } else if (r <= 2.5) {
            nice = 2.5;
        } else if (r <= 5) {
            nice = 5;
        } else {
            nice = 10;
        }
        return nice * magnitude;
    }

    /** Every multiple of the nice step inside {@code [lo, hi]}, ascending; empty when the range is empty. */
    public static double[] ticks(double lo, double hi, int target) {
        double step = step(hi - lo, target);
        if (step == 0 || !Double.isFinite(lo)) {
            return new double[0];
        }
        // A hair of tolerance so that an end that is itself a multiple (0, 100k) survives rounding.
        double eps = step * 1e-9;
        long first = (long) Math.ceil((lo - eps) / step);
        long last = (long) Math.floor((hi + eps) / step);
        int n = (int) Math.max(0, Math.min(last - first + 1, 1_000));
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            double v = (first + i) * step;
            ticks[i] = Math.abs(v) < eps ? 0.0 : v; // never a "-0" label
        }
        return Arrays.copyOf(ticks, n);
    }
}
