package com.hedgeflow.views.chart;

import javafx.scene.paint.Color;

/** One entry of a chart legend: a small glyph in the series' colour and its name. */
public record LegendItem(Glyph glyph, Color color, String text) {

    /** How the series is drawn, so the legend shows the same shape. */
    public enum Glyph {
        SWATCH, LINE, TICK, LOLLIPOP, DASHED
    }
}
