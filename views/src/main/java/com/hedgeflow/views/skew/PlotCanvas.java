package com.hedgeflow.views.skew;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A Canvas that fills its region, for charts redrawn from arrays (an XYChart costs a node per point and stalls
 * on replacement, javafx.md §5.3). It paints only when given new content, when its size changes or when the
 * window moves to a screen with another pixel scale: a pulse with the same snapshot costs nothing.
 *
 * <p>With no content it shows a waiting note instead ("waiting for analytics…"), as a node so that it takes
 * the theme's font and colour. Shared with the scenario screen.
 */
public final class PlotCanvas extends Region {

    /** Draws one frame; {@code scale} is the window's output scale, for {@link Crisp}. */
    @FunctionalInterface
    public interface Painter {
        void paint(GraphicsContext g, double width, double height, double scale);
    }

    private final Canvas canvas = new Canvas();
    private final Label waitingNote = new Label();
    private final ChangeListener<Number> scaleChanged = (o, was, is) -> repaint();
    private final ChangeListener<Window> windowChanged = (o, was, is) -> watch(was, is);
    private Painter painter;
    private long paints;

    public PlotCanvas(String waitingText) {
        getStyleClass().add("hf-plot");
        waitingNote.getStyleClass().add("hf-plot-waiting");
        waitingNote.setText(waitingText);
        waitingNote.setAlignment(Pos.CENTER);
        waitingNote.setWrapText(true);
        getChildren().addAll(canvas, waitingNote);
        // Let the layout give the chart whatever room is left; the canvas follows, never the other way round.
        setMinSize(0, 0);
        sceneProperty().addListener((o, was, is) -> {
            if (was != null) {
                was.windowProperty().removeListener(windowChanged);
                watch(was.getWindow(), null);
            }
            if (is != null) {
                is.windowProperty().addListener(windowChanged);
                watch(null, is.getWindow());
            }
        });
    }

    /** New content: painted at once and again on every resize until replaced. */
    public void show(Painter content) {
        painter = content;
        repaint();
    }

    /** No content: an empty canvas and the waiting note with this text. */
    public void showPlaceholder(String text) {
        painter = null;
        waitingNote.setText(text);
        repaint();
    }

    public boolean showsPlaceholder() {
        return painter == null;
    }

    public String waitingText() {
        return waitingNote.getText();
    }

    /** Frames painted so far; tests use it to check that an unchanged snapshot paints nothing. */
    public long paints() {
        return paints;
    }

    /** Paints the current content again, e.g. after a highlight changed. */
    public void repaint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        waitingNote.setVisible(painter == null);
        if (painter == null || w < 1 || h < 1) {
            return;
        }
        g.save();
        painter.paint(g, w, h, scale());
        g.restore();
        paints++;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        waitingNote.resizeRelocate(0, 0, w, h);
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 240;
    }

    private double scale() {
        Scene scene = getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window == null ? 1.0 : Math.max(1.0, window.getOutputScaleX());
    }

    private void watch(Window was, Window is) {
        if (was != null) {
            was.outputScaleXProperty().removeListener(scaleChanged);
        }
        if (is != null) {
            is.outputScaleXProperty().addListener(scaleChanged);
        }
    }
}
