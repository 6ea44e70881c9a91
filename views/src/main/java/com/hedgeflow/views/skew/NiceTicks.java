package com.hedgeflow.views.skew;

import com.hedgeflow.views.format.TraderFormat;

/**
 * Axis ticks a trader can read at a glance: steps of 1, 2, 2.5 or 5 times a power of ten, labelled with just the
 * decimals the step needs (so 0.05 steps read 0.05, 0.10, 0.15 and never 0.15000000000000002).
 *
 * @param first    the first tick
 * @param step     distance between ticks, positive
 * @param count    number of ticks, at least one
 * @param decimals decimals in the labels
 */
record NiceTicks(double first, double step, int count, int decimals) {

    /** Ticks that lie inside {@code [min, max]}, at most about {@code maxTicks} of them. */
    static NiceTicks within(double min, double max, int maxTicks) {
        double[] range = widen(min, max);
        double step = step(range[0], range[1], maxTicks);
        double first = Math.ceil(range[0] / step - 1e-9) * step;
        int count = (int) Math.floor((range[1] - first) / step + 1e-9) + 1;
        return new NiceTicks(first, step, Math.max(1, count), decimals(step));
    }

    /** Ticks whose first and last enclose {@code [min, max]}: an axis range that starts and ends on a tick. */
    static NiceTicks covering(double min, double max, int maxTicks) {
        double[] range = widen(min, max);
        double step = step(range[0], range[1], maxTicks);
        double first = Math.floor(range[0] / step + 1e-9) * step;
        double last = Math.ceil(range[1] / step - 1e-9) * step;
        int count = (int) Math.round((last - first) / step) + 1;
        return new NiceTicks(first, step, Math.max(2, count), decimals(step));
    }

    double value(int i) {
        // Multiply rather than accumulate, so the twentieth tick carries no more rounding than the first.
        return first + i * step;
    }

    double last() {
        return value(count - 1);
    }

    String label(int i) {
        return TraderFormat.fixed(value(i), decimals);
    }

    /** A signed label ({@code +0.2}, {@code -0.2}, {@code 0}) for axes centred on zero. */
    String signedLabel(int i) {
        return TraderFormat.signed(value(i), decimals);
    }

    private static double[] widen(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("axis range must be finite: [" + min + ", " + max + "]");
        }
        double lo = Math.min(min, max);
        double hi = Math.max(min, max);
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            // A flat series still needs an axis: open it by 10% of the value, or by 1 around zero.
            double pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        return new double[] {lo, hi};
    }

    private static double step(double min, double max, int maxTicks) {
        double raw = (max - min) / Math.max(1, maxTicks - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        double nice;
        if (norm <= 1) {
            nice = 1;
        } else if (norm <= 2) {
            nice = 2;
        } else if (norm <= 2.5) {
            nice = 2.5;
        } else if (norm <= 5) {
            nice = 5;
        } else {
            nice = 10;
        }
        return nice * magnitude;
    }

    private static int decimals(double step) {
        // The smallest number of decimals that writes the step exactly (2.5 needs one more than 2 or 5).
        for (int d = 0; d < 12; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 12;
    }
}
