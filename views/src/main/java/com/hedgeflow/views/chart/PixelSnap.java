package com.hedgeflow.views.chart;

/**
 * Puts a one-pixel line on whole device pixels. A line centred on a pixel boundary is smeared over two pixels at
 * half intensity, which turns a crisp grid into a grey blur; where the boundary falls depends on the window's
 * render scale (1 on most desks, 2 on a Retina or 4K screen at 200%).
 */
public final class PixelSnap {

    private PixelSnap() {
    }

    /**
     * The logical coordinate nearest {@code x} at which a line one logical pixel wide covers whole device pixels.
     *
     * @param scale device pixels per logical pixel (the window's render scale)
     */
    public static double line(double x, double scale) {
        double s = scale > 0 ? scale : 1;
        return (Math.round(x * s - s / 2) + s / 2) / s;
    }

    /** A fill edge on a device-pixel boundary: bars side by side neither overlap nor leave hairline gaps. */
    public static double edge(double x, double scale) {
        double s = scale > 0 ? scale : 1;
        return Math.round(x * s) / s;
    }
}
