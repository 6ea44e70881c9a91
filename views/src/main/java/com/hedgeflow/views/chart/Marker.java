package com.hedgeflow.views.chart;

import javafx.scene.paint.Color;

/**
 * A vertical line at one x value with a caption above the plot, e.g. "SPOT 95.3k".
 *
 * @param dashes stroke dash pattern in pixels; empty for a solid line
 */
public record Marker(double x, String caption, Color color, double... dashes) {
}
