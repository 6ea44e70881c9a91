package com.hedgeflow.views.chart;

import com.hedgeflow.styles.Palette;
import javafx.scene.paint.Color;

/**
 * The theme's colours as JavaFX colours for canvas drawing (a canvas does not read scene CSS), with the
 * translucent variants the charts use. Built once per screen.
 */
public final class ChartColors {

    public final Color background;
    public final Color surface;
    public final Color grid;
    public final Color fg;
    public final Color muted;
    public final Color up;
    public final Color down;
    public final Color accent;
    public final Color warn;

    public ChartColors(Palette palette) {
        background = Color.web(palette.bg());
        surface = Color.web(palette.surface());
        grid = Color.web(palette.border());
        fg = Color.web(palette.fg());
        muted = Color.web(palette.fgMuted());
        up = Color.web(palette.up());
        down = Color.web(palette.down());
        accent = Color.web(palette.accent());
        warn = Color.web(palette.warn());
    }

    public static Color alpha(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }
}
