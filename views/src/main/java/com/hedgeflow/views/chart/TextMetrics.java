package com.hedgeflow.views.chart;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Width of a string in a font, for laying labels out on a canvas. FX thread only (it reuses one node). */
public final class TextMetrics {

    private static final Text PROBE = new Text();

    private TextMetrics() {
    }

    public static double width(String text, Font font) {
        PROBE.setFont(font);
        PROBE.setText(text);
        return PROBE.getLayoutBounds().getWidth();
    }
}
