package com.hedgeflow.views.chart;

/**
 * Maps data values to pixels along one axis. For a y axis pass the bottom pixel as {@code pixel0} and the top as
 * {@code pixel1}: screen y grows downwards, values upwards.
 */
public record LinearScale(double value0, double value1, double pixel0, double pixel1) {

    public double toPixel(double value) {
        double span = value1 - value0;
        if (span == 0 || !Double.isFinite(span)) {
            return (pixel0 + pixel1) / 2; // a flat domain draws in the middle rather than at infinity
        }
        return pixel0 + (value - value0) / span * (pixel1 - pixel0);
    }

    public double toValue(double pixel) {
        double span = pixel1 - pixel0;
        if (span == 0) {
            return (value0 + value1) / 2;
        }
        return value0 + (pixel - pixel0) / span * (value1 - value0);
    }

    public double min() {
        return Math.min(value0, value1);
    }

    public double max() {
        return Math.max(value0, value1);
    }

    public boolean contains(double value) {
        return value >= min() && value <= max();
    }
}
