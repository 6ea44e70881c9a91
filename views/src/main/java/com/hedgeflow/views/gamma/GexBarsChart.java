package com.hedgeflow.views.gamma;

import com.hedgeflow.views.chart.ChartCanvas;
import com.hedgeflow.views.chart.ChartColors;
import com.hedgeflow.views.chart.ChartDraw;
import com.hedgeflow.views.chart.LegendItem;
import com.hedgeflow.views.chart.LegendItem.Glyph;
import com.hedgeflow.views.chart.LinearScale;
import com.hedgeflow.views.chart.Marker;
import com.hedgeflow.views.chart.NiceScale;
import com.hedgeflow.views.chart.PixelSnap;
import com.hedgeflow.views.chart.PlotArea;
import com.hedgeflow.views.chart.TickFormat;
import com.hedgeflow.views.chart.ZeroAlignedAxes;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * Market GEX per strike: calls and puts stacked from zero (so both sides of a strike show, not only what is left
 * after netting; at most strikes they nearly cancel), the net as a white tick, and the own book as lollipops on
 * its own right-hand axis (it is a few hundredths of the market). Vertical lines for spot, zero gamma and the
 * walls, captioned above the plot.
 */
final class GexBarsChart {

    static final String WAITING = "waiting for analytics\u2026";
    private static final int MAX_CAPTION_ROWS = 4;

    private final ChartDraw draw;
    private final ChartColors c;
    private final ChartCanvas canvas = new ChartCanvas(this::paint);
    private GammaModel model;

    GexBarsChart(ChartColors colors) {
        this.c = colors;
        this.draw = new ChartDraw(colors);
        canvas.setId("gamma-bars-chart");
    }

    ChartCanvas node() {
        return canvas;
    }

    void show(GammaModel m) {
        model = m;
        canvas.redraw();
    }

    private void paint(GraphicsContext g, double w, double h, double scale) {
        GammaModel m = model;
        if (m == null) {
            draw.message(g, w, h, WAITING);
            return;
        }
        double y = 12;
        double after = draw.text(g, 10, y, "MARKET GEX BY STRIKE", ChartDraw.TITLE, c.fg);
        draw.text(g, after + 10, y, m.barsSubtitle(), ChartDraw.NOTE, c.muted);
        List<LegendItem> legend = new ArrayList<>(List.of(
                new LegendItem(Glyph.SWATCH, GammaStyle.callBar(c), "calls"),
                new LegendItem(Glyph.SWATCH, GammaStyle.putBar(c), "puts"),
                new LegendItem(Glyph.TICK, c.fg, "net")));
        if (m.hasOwnGex()) {
            legend.add(new LegendItem(Glyph.LOLLIPOP, c.accent, "own book (right axis)"));
        }
        draw.legend(g, 10, y + 18, legend);
        draw.textRight(g, w - 10, y + 18, m.windowNote(), ChartDraw.NOTE, c.muted);
        if (m.window().count() == 0) {
            draw.message(g, w, h, "no strikes near the index");
            return;
        }

        StrikeWindow win = m.window();
        PlotArea probe = new PlotArea(GammaStyle.LEFT, 0, w - GammaStyle.RIGHT, h);
        LinearScale x = probe.xScale(win.minUsd(), win.maxUsd());
        List<Marker> markers = new ArrayList<>();
        for (GammaLevel level : m.levels()) {
            markers.add(GammaStyle.marker(level, c));
        }
        int rows = ChartDraw.captionRows(x, markers, probe, MAX_CAPTION_ROWS);
        double top = y + 30 + rows * ChartDraw.CAPTION_ROW + 6;
        PlotArea plot = new PlotArea(GammaStyle.LEFT, top, w - GammaStyle.RIGHT, h - 22);
        if (!plot.usable()) {
            return;
        }
        ZeroAlignedAxes axes = ZeroAlignedAxes.of(m.barRange(), m.ownBarRange());
        LinearScale yl = plot.yScale(axes.left());
        LinearScale yr = plot.yScale(axes.right());

        draw.leftAxis(g, plot, yl, NiceScale.ticks(axes.left().min(), axes.left().max(), ticks(plot)),
                TickFormat::compactUsd, scale);
        if (m.hasOwnGex()) {
            draw.rightAxis(g, plot, yr, NiceScale.ticks(axes.right().min(), axes.right().max(), ticks(plot)),
                    TickFormat::compactUsd, c.accent, scale);
        }
        draw.bottomAxis(g, plot, x, NiceScale.ticks(win.minUsd(), win.maxUsd(), (int) (plot.width() / 90)),
                TickFormat::kUsd, false, scale);

        bars(g, m, x, yl, scale);
        draw.zeroLine(g, plot, yl, scale);
        if (m.hasOwnGex()) {
            lollipops(g, m, x, yr);
        }
        for (Marker marker : markers) {
            draw.markerLine(g, plot, x, marker, scale);
        }
        draw.captions(g, plot, x, markers, rows, scale);
    }

    private static int ticks(PlotArea plot) {
        return Math.max(2, (int) (plot.height() / 45));
    }

    private void bars(GraphicsContext g, GammaModel m, LinearScale x, LinearScale y, double scale) {
        StrikeWindow win = m.window();
        double spacingPx = Math.abs(x.toPixel(win.spacingUsd()) - x.toPixel(0));
        double width = Math.max(2, Math.min(36, spacingPx * 0.72));
        for (int k = win.first(); k < win.end(); k++) {
            double cx = x.toPixel(m.strikeUsd(k));
            double left = PixelSnap.edge(cx - width / 2, scale);
            double right = PixelSnap.edge(cx + width / 2, scale);
            // Stacked from zero: calls next to the axis, puts beyond them on the same side, or on the other
            // side when the positioning gives them the other sign.
            double up = 0;
            double down = 0;
            double[] parts = {m.callGex(k), m.putGex(k)};
            for (int p = 0; p < 2; p++) {
                double v = parts[p];
                if (!Double.isFinite(v) || v == 0) {
                    continue;
                }
                double from = v > 0 ? up : down;
                double to = from + v;
                if (v > 0) {
                    up = to;
                } else {
                    down = to;
                }
                double y0 = PixelSnap.edge(y.toPixel(from), scale);
                double y1 = PixelSnap.edge(y.toPixel(to), scale);
                g.setFill(p == 0 ? GammaStyle.callBar(c) : GammaStyle.putBar(c));
                g.fillRect(left, Math.min(y0, y1), right - left, Math.max(1 / scale, Math.abs(y1 - y0)));
            }
            double net = m.netGex(k);
            if (Double.isFinite(net)) {
                double ny = PixelSnap.line(y.toPixel(net), scale);
                g.setStroke(c.fg);
                g.setLineWidth(2);
                g.strokeLine(left - 2, ny, right + 2, ny);
                g.setLineWidth(1);
            }
        }
    }

    private void lollipops(GraphicsContext g, GammaModel m, LinearScale x, LinearScale y) {
        StrikeWindow win = m.window();
        double zero = y.toPixel(0);
        g.setStroke(c.accent);
        g.setFill(c.accent);
        g.setLineWidth(1.5);
        for (int k = win.first(); k < win.end(); k++) {
            double v = m.ownGex(k);
            if (!Double.isFinite(v) || v == 0) {
                continue;
            }
            double cx = x.toPixel(m.strikeUsd(k));
            double cy = y.toPixel(v);
            g.strokeLine(cx, zero, cx, cy);
            g.fillOval(cx - 3.5, cy - 3.5, 7, 7);
        }
        g.setLineWidth(1);
    }
}
