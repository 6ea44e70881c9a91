package com.hedgeflow.views.skew;

/**
 * Data to pixels along one axis. Pixel ends may be reversed (y grows downwards on screen while vol grows up).
 *
 * @param from  data value at {@code at}
 * @param to    data value at {@code atEnd}
 */
record LinearScale(double from, double to, double at, double atEnd) {

    LinearScale {
        if (!(to != from) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("scale needs a finite, non-empty data range: [" + from + ", " + to + "]");
        }
    }

    double map(double value) {
        return at + (value - from) / (to - from) * (atEnd - at);
    }
}
