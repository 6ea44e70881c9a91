package com.hedgeflow.views.chart;

import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A canvas that fills a resizable region and redraws itself only when asked to (new data) or when its size or
 * the window's render scale changes. Everything else (a snapshot with the same analytics, a repaint of the
 * window) costs nothing: the canvas keeps its pixels.
 *
 * <p>Sizes are in logical pixels; JavaFX backs the canvas with a texture at the window's render scale, so the
 * painter only has to put its hairlines on device pixels ({@link PixelSnap}) to stay sharp on HiDPI screens.
 */
public final class ChartCanvas extends Region {

    /** Draws the whole chart; called on the FX thread with a cleared canvas. */
    @FunctionalInterface
    public interface Painter {
        void paint(GraphicsContext g, double width, double height, double renderScale);
    }

    private final Canvas canvas = new Canvas();
    private final Painter painter;
    private final ChangeListener<Number> scaleListener = (o, was, is) -> redraw();
    private Window watchedWindow;
    private long redraws;

    public ChartCanvas(Painter painter) {
        this.painter = painter;
        getChildren().add(canvas);
        getStyleClass().add("hf-chart");
        setMinSize(0, 0); // a canvas reports its size as its minimum, which would stop the layout shrinking it
        sceneProperty().addListener((o, was, is) -> watchScene(is));
    }

    /** Draws again from the painter's current data. */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return; // not laid out yet: the first layout draws
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        g.clearRect(0, 0, w, h);
        painter.paint(g, w, h, renderScale());
        g.restore();
        redraws++;
    }

    /** How many times the chart was drawn: lets tests check that an unchanged snapshot costs no redraw. */
    public long redraws() {
        return redraws;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }

    private double renderScale() {
        return watchedWindow == null ? 1.0 : watchedWindow.getRenderScaleX();
    }

    private void watchScene(Scene scene) {
        if (scene == null) {
            watchWindow(null);
            return;
        }
        watchWindow(scene.getWindow());
        scene.windowProperty().addListener((o, was, is) -> {
            if (getScene() == scene) {
                watchWindow(is);
            }
        });
    }

    /** Dragging the window to a screen with another scale changes the device pixels under every line. */
    private void watchWindow(Window window) {
        if (watchedWindow == window) {
            return;
        }
        if (watchedWindow != null) {
            watchedWindow.renderScaleXProperty().removeListener(scaleListener);
        }
        watchedWindow = window;
        if (window != null) {
            window.renderScaleXProperty().addListener(scaleListener);
            redraw();
        }
    }
}
