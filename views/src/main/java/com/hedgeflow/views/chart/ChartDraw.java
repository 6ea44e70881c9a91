package com.hedgeflow.views.chart;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The pieces every chart of the workstation is drawn from, so that all of them share one look: grid and tick
 * labels, zero line, marker lines with captions, legends and the "waiting" message. Hairlines go through
 * {@link PixelSnap} so that they stay one device pixel wide at any render scale.
 */
public final class ChartDraw {

    public static final Font TICK = Font.font("System", 11);
    public static final Font TITLE = Font.font("System", FontWeight.BOLD, 11);
    public static final Font NOTE = Font.font("System", 11);
    public static final Font CAPTION = Font.font("System", FontWeight.BOLD, 10);
    public static final Font MESSAGE = Font.font("System", 13);

    /** Height of one row of marker captions. */
    public static final double CAPTION_ROW = 17;
    /** Canvas pixels between a tick label and the plot edge. */
    private static final double LABEL_GAP = 6;

    private final ChartColors colors;

    public ChartDraw(ChartColors colors) {
        this.colors = colors;
    }

    public ChartColors colors() {
        return colors;
    }

    /** The centred line a chart shows until it has data, e.g. "waiting for analytics…". */
    public void message(GraphicsContext g, double width, double height, String text) {
        g.setFill(colors.muted);
        g.setFont(MESSAGE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, width / 2, height / 2);
    }

    /** A line of text from the top-left, e.g. a chart title; returns its right end. */
    public double text(GraphicsContext g, double x, double y, String text, Font font, Color color) {
        g.setFont(font);
        g.setFill(color);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
        return x + TextMetrics.width(text, font);
    }

    /** Right-aligned text ending at {@code right}. */
    public void textRight(GraphicsContext g, double right, double y, String text, Font font, Color color) {
        g.setFont(font);
        g.setFill(color);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, right, y);
    }

    /** Horizontal grid lines and their labels left of the plot. */
    public void leftAxis(GraphicsContext g, PlotArea plot, LinearScale y, double[] ticks, DoubleFunction<String> label,
                         double scale) {
        g.setLineWidth(1);
        g.setLineDashes();
        for (double t : ticks) {
            double py = PixelSnap.line(y.toPixel(t), scale);
            g.setStroke(colors.grid);
            g.strokeLine(plot.left(), py, plot.right(), py);
            textRight(g, plot.left() - LABEL_GAP, py, label.apply(t), TICK, colors.muted);
        }
    }

    /** Labels right of the plot for a second axis, with short ticks only: its grid would fight the left one's. */
    public void rightAxis(GraphicsContext g, PlotArea plot, LinearScale y, double[] ticks, DoubleFunction<String> label,
                          Color color, double scale) {
        g.setLineWidth(1);
        g.setLineDashes();
        g.setStroke(ChartColors.alpha(color, 0.6));
        double x = PixelSnap.line(plot.right(), scale);
        for (double t : ticks) {
            double py = PixelSnap.line(y.toPixel(t), scale);
            g.strokeLine(x, py, x + 4, py);
            text(g, plot.right() + LABEL_GAP + 2, py, label.apply(t), TICK, color);
        }
        g.strokeLine(x, plot.top(), x, plot.bottom());
    }

    /** Tick labels under the plot, with faint vertical grid lines when {@code grid}. */
    public void bottomAxis(GraphicsContext g, PlotArea plot, LinearScale x, double[] ticks, DoubleFunction<String> label,
                           boolean grid, double scale) {
        g.setLineWidth(1);
        g.setLineDashes();
        g.setFont(TICK);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : ticks) {
            double px = PixelSnap.line(x.toPixel(t), scale);
            if (px < plot.left() - 0.5 || px > plot.right() + 0.5) {
                continue;
            }
            g.setStroke(grid ? ChartColors.alpha(colors.grid, 0.55) : colors.grid);
            if (grid) {
                g.strokeLine(px, plot.top(), px, plot.bottom());
            }
            g.setStroke(colors.grid);
            g.strokeLine(px, plot.bottom(), px, plot.bottom() + 4);
            g.setFill(colors.muted);
            g.fillText(label.apply(t), px, plot.bottom() + 6);
        }
        double base = PixelSnap.line(plot.bottom(), scale);
        g.setStroke(colors.grid);
        g.strokeLine(plot.left(), base, plot.right(), base);
    }

    /** The zero line: brighter than the grid, because "above or below zero" is the first thing read. */
    public void zeroLine(GraphicsContext g, PlotArea plot, LinearScale y, double scale) {
        double py = PixelSnap.line(y.toPixel(0), scale);
        g.setLineDashes();
        g.setLineWidth(1);
        g.setStroke(ChartColors.alpha(colors.fg, 0.55));
        g.strokeLine(plot.left(), py, plot.right(), py);
    }

    /** A vertical marker line over the plot height, clipped to the plot. */
    public void markerLine(GraphicsContext g, PlotArea plot, LinearScale x, Marker m, double scale) {
        double px = x.toPixel(m.x());
        if (!Double.isFinite(px) || px < plot.left() || px > plot.right()) {
            return;
        }
        px = PixelSnap.line(px, scale);
        g.setLineWidth(1);
        g.setStroke(m.color());
        g.setLineDashes(m.dashes());
        g.strokeLine(px, plot.top(), px, plot.bottom());
        g.setLineDashes();
    }

    /**
     * Marker captions in rows above {@code plot.top()}, laid out by {@link MarkerLabels}, each with a thin
     * connector down to the plot so that a caption pushed aside still points at its line.
     */
    public void captions(GraphicsContext g, PlotArea plot, LinearScale x, List<Marker> markers, int rows,
                         double scale) {
        double[] centers = new double[markers.size()];
        double[] widths = new double[markers.size()];
        for (int i = 0; i < centers.length; i++) {
            centers[i] = x.toPixel(markers.get(i).x());
            widths[i] = TextMetrics.width(markers.get(i).caption(), CAPTION) + 10;
        }
        List<MarkerLabels.Placement> placed =
                MarkerLabels.layout(centers, widths, plot.left(), plot.right(), 4, rows);
        double bottomRow = plot.top() - 3 - CAPTION_ROW / 2;
        g.setLineWidth(1);
        g.setLineDashes();
        for (int i = 0; i < centers.length; i++) {
            Marker m = markers.get(i);
            if (!Double.isFinite(centers[i]) || centers[i] < plot.left() || centers[i] > plot.right()) {
                continue;
            }
            double cy = bottomRow - (rows - 1 - placed.get(i).row()) * CAPTION_ROW;
            double px = PixelSnap.line(centers[i], scale);
            g.setStroke(ChartColors.alpha(m.color(), 0.5));
            g.strokeLine(px, cy + CAPTION_ROW / 2 - 2, px, plot.top());
        }
        for (int i = 0; i < centers.length; i++) {
            Marker m = markers.get(i);
            if (!Double.isFinite(centers[i]) || centers[i] < plot.left() || centers[i] > plot.right()) {
                continue;
            }
            MarkerLabels.Placement p = placed.get(i);
            double cy = bottomRow - (rows - 1 - p.row()) * CAPTION_ROW;
            g.setFill(colors.surface);
            g.fillRoundRect(p.left(), cy - CAPTION_ROW / 2 + 1.5, p.width(), CAPTION_ROW - 3, 4, 4);
            g.setStroke(ChartColors.alpha(m.color(), 0.7));
            g.strokeRoundRect(PixelSnap.line(p.left(), scale), PixelSnap.line(cy - CAPTION_ROW / 2 + 1.5, scale),
                    Math.round(p.width()), CAPTION_ROW - 3, 4, 4);
            g.setFont(CAPTION);
            g.setFill(m.color());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(m.caption(), p.left() + p.width() / 2, cy);
        }
    }

    /** Rows the captions of these markers need, to size the space above the plot before drawing. */
    public static int captionRows(LinearScale x, List<Marker> markers, PlotArea plot, int maxRows) {
        double[] centers = new double[markers.size()];
        double[] widths = new double[markers.size()];
        for (int i = 0; i < centers.length; i++) {
            centers[i] = x.toPixel(markers.get(i).x());
            widths[i] = TextMetrics.width(markers.get(i).caption(), CAPTION) + 10;
        }
        return Math.max(1, MarkerLabels.rowsUsed(
                MarkerLabels.layout(centers, widths, plot.left(), plot.right(), 4, maxRows)));
    }

    /** A legend on one line from {@code x}; returns its right end. */
    public double legend(GraphicsContext g, double x, double y, List<LegendItem> items) {
        double cx = x;
        for (LegendItem item : items) {
            glyph(g, item, cx, y);
            cx = text(g, cx + 16, y, item.text(), NOTE, colors.muted) + 14;
        }
        return cx;
    }

    private void glyph(GraphicsContext g, LegendItem item, double x, double y) {
        g.setLineDashes();
        switch (item.glyph()) {
            case SWATCH:
                g.setFill(item.color());
                g.fillRect(x + 1, y - 5, 10, 10);
                break;
            case LINE:
                g.setStroke(item.color());
                g.setLineWidth(2);
                g.strokeLine(x, y, x + 12, y);
                break;
            case TICK:
                g.setStroke(item.color());
                g.setLineWidth(2);
                g.strokeLine(x + 1, y, x + 11, y);
                g.strokeLine(x + 6, y - 3, x + 6, y + 3);
                break;
            case LOLLIPOP:
                g.setStroke(item.color());
                g.setLineWidth(1.5);
                g.strokeLine(x + 6, y + 6, x + 6, y - 1);
                g.setFill(item.color());
                g.fillOval(x + 3, y - 5, 6, 6);
                break;
            default:
                g.setStroke(item.color());
                g.setLineWidth(1);
                g.setLineDashes(3, 3);
                g.strokeLine(x, y, x + 12, y);
                g.setLineDashes();
                break;
        }
        g.setLineWidth(1);
    }

    /** A polyline through the finite points; a NaN breaks the line instead of drawing to zero. */
    public static void polyline(GraphicsContext g, LinearScale x, LinearScale y, double[] xs, double[] ys) {
        boolean open = false;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                if (open) {
                    g.stroke();
                    open = false;
                }
                continue;
            }
            double px = x.toPixel(xs[i]);
            double py = y.toPixel(ys[i]);
            if (!open) {
                g.beginPath();
                g.moveTo(px, py);
                open = true;
            } else {
                g.lineTo(px, py);
            }
        }
        if (open) {
            g.stroke();
        }
    }

    /**
     * Fills between a curve and zero, one colour above and another below, so that the sign reads at a glance.
     * One polygon per run of one sign (split exactly at each crossing): polygons per segment would leave
     * antialiased seams between neighbours.
     */
    public static void fillToZero(GraphicsContext g, LinearScale x, LinearScale y, double[] xs, double[] ys,
                                  Color above, Color below) {
        double zero = y.toPixel(0);
        Polygon run = new Polygon(xs.length + 4);
        boolean open = false;
        boolean positive = true;
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                if (open) {
                    run.close(g, x.toPixel(lastX), zero, positive ? above : below);
                    open = false;
                }
                continue;
            }
            if (!open) {
                run.start(x.toPixel(xs[i]), zero);
                positive = ys[i] >= 0;
                open = true;
            } else if ((ys[i] >= 0) != positive && ys[i] != 0) {
                double xc = lastX + (xs[i] - lastX) * (lastY / (lastY - ys[i]));
                run.close(g, x.toPixel(xc), zero, positive ? above : below);
                run.start(x.toPixel(xc), zero);
                positive = !positive;
            }
            run.add(x.toPixel(xs[i]), y.toPixel(ys[i]));
            lastX = xs[i];
            lastY = ys[i];
        }
        if (open) {
            run.close(g, x.toPixel(lastX), zero, positive ? above : below);
        }
    }

    /** Pixel points of one filled run, reused across runs. */
    private static final class Polygon {
        private double[] px;
        private double[] py;
        private int n;

        Polygon(int capacity) {
            px = new double[capacity];
            py = new double[capacity];
        }

        void start(double x, double y) {
            n = 0;
            add(x, y);
        }

        void add(double x, double y) {
            if (n == px.length) {
                px = Arrays.copyOf(px, n * 2);
                py = Arrays.copyOf(py, n * 2);
            }
            px[n] = x;
            py[n] = y;
            n++;
        }

        void close(GraphicsContext g, double x, double zero, Color fill) {
            add(x, zero);
            g.setFill(fill);
            g.fillPolygon(px, py, n);
        }
    }
}
