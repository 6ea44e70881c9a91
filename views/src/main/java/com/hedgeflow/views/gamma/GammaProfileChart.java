package com.hedgeflow.views.gamma;

import com.hedgeflow.views.chart.ChartCanvas;
import com.hedgeflow.views.chart.ChartColors;
import com.hedgeflow.views.chart.ChartDraw;
import com.hedgeflow.views.chart.LegendItem;
import com.hedgeflow.views.chart.LegendItem.Glyph;
import com.hedgeflow.views.chart.LinearScale;
import com.hedgeflow.views.chart.Marker;
import com.hedgeflow.views.chart.NiceScale;
import com.hedgeflow.views.chart.PlotArea;
import com.hedgeflow.views.chart.TickFormat;
import com.hedgeflow.views.chart.ValueRange;
import com.hedgeflow.views.chart.ZeroAlignedAxes;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Total GEX if the index were elsewhere on the ±25% grid, market (filled: green where dealers would be long
 * gamma, red where short) and own book (accent line, right axis), with the zero-gamma crossings marked. Same
 * x axis and gutters as the strike chart above it, so spot and the flip line up between the two.
 */
final class GammaProfileChart {

    private final ChartDraw draw;
    private final ChartColors c;
    private final ChartCanvas canvas = new ChartCanvas(this::paint);
    private GammaModel model;

    GammaProfileChart(ChartColors colors) {
        this.c = colors;
        this.draw = new ChartDraw(colors);
        canvas.setId("gamma-profile-chart");
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
            draw.message(g, w, h, GexBarsChart.WAITING);
            return;
        }
        double y = 12;
        double after = draw.text(g, 10, y, "GAMMA PROFILE", ChartDraw.TITLE, c.fg);
        draw.text(g, after + 10, y, "total GEX if the index moved  \u00b7  " + m.expiryScope() + "  \u00b7  "
                + GammaModel.UNITS
                + "  \u00b7  every option re-priced, vols sticky to strike", ChartDraw.NOTE, c.muted);
        double legendEnd = draw.legend(g, 10, y + 18, m.hasOwnProfile()
                ? List.of(new LegendItem(Glyph.LINE, c.fg, "market"),
                        new LegendItem(Glyph.LINE, c.accent, "own book (right axis)"),
                        new LegendItem(Glyph.DASHED, c.warn, "zero gamma"))
                : List.of(new LegendItem(Glyph.LINE, c.fg, "market"),
                        new LegendItem(Glyph.DASHED, c.warn, "zero gamma")));
        flipNotes(g, m, legendEnd + 10, y + 18);

        double[] xs = m.profileSpots();
        if (xs.length < 2) {
            draw.message(g, w, h, "no gamma profile");
            return;
        }
        PlotArea plot = new PlotArea(GammaStyle.LEFT, y + 34, w - GammaStyle.RIGHT, h - 22);
        if (!plot.usable()) {
            return;
        }
        StrikeWindow win = m.window();
        LinearScale x = plot.xScale(win.minUsd(), win.maxUsd());
        ZeroAlignedAxes axes = ZeroAlignedAxes.of(ValueRange.withZero(m.profileMarket()),
                ValueRange.withZero(m.profileOwn()));
        LinearScale yl = plot.yScale(axes.left());
        LinearScale yr = plot.yScale(axes.right());
        int yTicks = Math.max(2, (int) (plot.height() / 40));
        draw.leftAxis(g, plot, yl, NiceScale.ticks(axes.left().min(), axes.left().max(), yTicks),
                TickFormat::compactUsd, scale);
        if (m.hasOwnProfile()) {
            draw.rightAxis(g, plot, yr, NiceScale.ticks(axes.right().min(), axes.right().max(), yTicks),
                    TickFormat::compactUsd, c.accent, scale);
        }
        draw.bottomAxis(g, plot, x, NiceScale.ticks(win.minUsd(), win.maxUsd(), (int) (plot.width() / 90)),
                TickFormat::kUsd, true, scale);

        g.save();
        g.beginPath();
        g.rect(plot.left(), plot.top(), plot.width(), plot.height());
        g.clip();
        ChartDraw.fillToZero(g, x, yl, xs, m.profileMarket(), ChartColors.alpha(c.up, 0.20),
                ChartColors.alpha(c.down, 0.20));
        draw.zeroLine(g, plot, yl, scale);
        g.setLineDashes();
        g.setStroke(c.fg);
        g.setLineWidth(2);
        ChartDraw.polyline(g, x, yl, xs, m.profileMarket());
        if (m.hasOwnProfile()) {
            g.setStroke(c.accent);
            g.setLineWidth(1.5);
            ChartDraw.polyline(g, x, yr, xs, m.profileOwn());
        }
        g.setLineWidth(1);
        for (GammaLevel level : m.levels()) {
            if (level.kind() == GammaLevel.Kind.SPOT || level.kind() == GammaLevel.Kind.MARKET_FLIP
                    || level.kind() == GammaLevel.Kind.OWN_FLIP) {
                draw.markerLine(g, plot, x, GammaStyle.marker(level, c), scale);
            }
        }
        crossings(g, x, yl.toPixel(0), m.marketCrossings(), c.warn);
        if (m.hasOwnProfile()) {
            crossings(g, x, yr.toPixel(0), m.ownCrossings(), c.accent);
        }
        g.restore();
        spotCaption(g, plot, x, m);
    }

    /** Where no flip was found the chart says so in words, in the colour its line would have had. */
    private void flipNotes(GraphicsContext g, GammaModel m, double x, double y) {
        double at = x;
        if (m.marketCrossings().length == 0) {
            at = draw.text(g, at, y, "market: " + m.marketFlipText(), ChartDraw.NOTE, c.warn) + 14;
        }
        if (m.ownCrossings().length == 0 && m.hasOwnProfile()) {
            draw.text(g, at, y, "own book: " + m.ownFlipText(), ChartDraw.NOTE, c.accent);
        }
    }

    /** Every crossing as a ring on the zero line; the nearest one also carries the dashed line. */
    private static void crossings(GraphicsContext g, LinearScale x, double zeroY, double[] levels, Color color) {
        g.setLineWidth(2);
        g.setStroke(color);
        for (double level : levels) {
            double px = x.toPixel(level);
            g.strokeOval(px - 4, zeroY - 4, 8, 8);
        }
        g.setLineWidth(1);
    }

    private void spotCaption(GraphicsContext g, PlotArea plot, LinearScale x, GammaModel m) {
        double px = x.toPixel(m.spotUsd());
        if (px >= plot.left() && px <= plot.right()) {
            Marker spot = GammaStyle.marker(m.levels().get(0), c);
            draw.text(g, px + 5, plot.top() + 9, "spot", ChartDraw.NOTE, spot.color());
        }
    }
}
