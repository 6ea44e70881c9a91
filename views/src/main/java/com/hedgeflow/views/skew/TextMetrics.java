package com.hedgeflow.views.skew;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of strings as a Canvas will draw them, to lay out labels before drawing (a Canvas has no layout).
 * One reusable probe node; FX thread only. Shared with the scenario screen.
 */
public final class TextMetrics {

    private final Text probe = new Text();

    public double width(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
