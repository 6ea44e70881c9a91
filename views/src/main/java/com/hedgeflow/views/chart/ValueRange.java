package com.hedgeflow.views.chart;

/** A closed interval of data values; an axis domain before it meets pixels. */
public record ValueRange(double min, double max) {

    /** What an axis shows when there is nothing to scale to: a unit range around zero. */
    public static final ValueRange UNIT = new ValueRange(-1, 1);

    public double span() {
        return max - min;
    }

    /** The range of the finite values, always including zero (exposures are read against zero). */
    public static ValueRange withZero(double[]... series) {
        double lo = 0;
        double hi = 0;
        for (double[] s : series) {
            for (double v : s) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new ValueRange(lo, hi);
    }

    /** Whether any finite value is non-zero: an all-zero series has no shape to scale an axis to. */
    public static boolean hasSignal(double[] series) {
        for (double v : series) {
            if (Double.isFinite(v) && v != 0) {
                return true;
            }
        }
        return false;
    }
}
