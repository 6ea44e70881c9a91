package com.hedgeflow.views.chart;

/** The rectangle inside the axes where data is drawn, in logical pixels of the canvas. */
public record PlotArea(double left, double top, double right, double bottom) {

    public double width() {
        return Math.max(0, right - left);
    }

    public double height() {
        return Math.max(0, bottom - top);
    }

    /** Whether there is room to draw anything; a window shrunk to nothing must not divide by zero. */
    public boolean usable() {
        return width() >= 20 && height() >= 20;
    }

    public LinearScale xScale(double min, double max) {
        return new LinearScale(min, max, left, right);
    }

    public LinearScale yScale(ValueRange range) {
        return new LinearScale(range.min(), range.max(), bottom, top);
    }
}
