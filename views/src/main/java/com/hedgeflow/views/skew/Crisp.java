package com.hedgeflow.views.skew;

/**
 * Puts Canvas strokes and fills on device pixels. JavaFX backs a Canvas with a texture at the screen's pixel
 * scale, so shapes are sharp on HiDPI screens; a 1-px line drawn on a logical integer coordinate still straddles
 * two device pixels and comes out as a grey 2-px smear. Painters pass every grid line and cell edge through here
 * with the window's output scale. Shared with the scenario screen.
 */
public final class Crisp {

    private Crisp() {
    }

    /**
     * The centre for a line of {@code lineWidth} logical pixels near {@code x}: an odd number of device pixels
     * wide is centred on a device pixel's middle, an even number on a device pixel boundary.
     */
    public static double line(double x, double lineWidth, double scale) {
        long device = Math.max(1, Math.round(lineWidth * scale));
        double d = x * scale;
        double snapped = device % 2 == 1 ? Math.floor(d) + 0.5 : Math.round(d);
        return snapped / scale;
    }

    /** A fill edge on the nearest device pixel boundary, so neighbouring cells neither overlap nor leave a seam. */
    public static double edge(double x, double scale) {
        return Math.round(x * scale) / scale;
    }

    /** A 1-device-pixel line width: the thinnest sharp line the screen can draw. */
    public static double hairline(double scale) {
        return 1.0 / Math.max(1.0, Math.round(scale));
    }
}
