package com.hedgeflow.views.flow;

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
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.scene.canvas.GraphicsContext;

/**
 * The hedge each index move would force: x the move in percent, y what would have to be traded. Dealers' flow
 * is the filled curve (green where they would buy, red where they would sell), the own book an accent line on
 * its own right axis (a desk's hedge is a rounding error of the market's). "BUY" and "SELL" are written on the
 * two halves so the sign convention cannot be misread.
 */
final class HedgeFlowChart {

    static final String WAITING = "waiting for analytics\u2026";
    private static final double LEFT = 74;
    private static final double RIGHT = 70;

    private final ChartDraw draw;
    private final ChartColors c;
    private final ChartCanvas canvas = new ChartCanvas(this::paint);
    private HedgeFlowModel model;

    HedgeFlowChart(ChartColors colors) {
        this.c = colors;
        this.draw = new ChartDraw(colors);
        canvas.setId("flow-chart");
    }

    ChartCanvas node() {
        return canvas;
    }

    void show(HedgeFlowModel m) {
        model = m;
        canvas.redraw();
    }

    private void paint(GraphicsContext g, double w, double h, double scale) {
        HedgeFlowModel m = model;
        if (m == null) {
            draw.message(g, w, h, WAITING);
            return;
        }
        double y = 12;
        double after = draw.text(g, 10, y, "HEDGE FORCED BY AN INDEX MOVE", ChartDraw.TITLE, c.fg);
        draw.text(g, after + 10, y, m.chartSubtitle(), ChartDraw.NOTE, c.muted);
        List<LegendItem> legend = new ArrayList<>(List.of(
                new LegendItem(Glyph.LINE, c.fg, "dealers (left axis)")));
        if (m.hasOwnFlow()) {
            legend.add(new LegendItem(Glyph.LINE, c.accent, "own book (right axis)"));
        }
        double end = draw.legend(g, 10, y + 18, legend);
        draw.textRight(g, w - 10, y + 18, m.marketAssumption(), ChartDraw.NOTE, c.muted);
        if (!m.hasOwnFlow()) {
            draw.text(g, end, y + 18, "own book: no hedge forced (no options or delta-one positions)",
                    ChartDraw.NOTE, c.muted);
        }
        double[] xs = m.shifts();
        if (xs.length < 2) {
            draw.message(g, w, h, "no hedge-flow grid");
            return;
        }
        PlotArea plot = new PlotArea(LEFT, y + 48, w - RIGHT, h - 24);
        if (!plot.usable()) {
            return;
        }
        double[] market = m.marketHedge();
        double[] own = m.ownHedge();
        LinearScale x = plot.xScale(xs[0], xs[xs.length - 1]);
        ZeroAlignedAxes axes = ZeroAlignedAxes.of(ValueRange.withZero(market), ValueRange.withZero(own));
        LinearScale yl = plot.yScale(axes.left());
        LinearScale yr = plot.yScale(axes.right());
        DoubleFunction<String> label = m.unit() == FlowUnit.USD ? TickFormat::compactUsd : TickFormat::compact;
        int yTicks = Math.max(2, (int) (plot.height() / 48));

        draw.leftAxis(g, plot, yl, NiceScale.ticks(axes.left().min(), axes.left().max(), yTicks), label, scale);
        if (m.hasOwnFlow()) {
            draw.rightAxis(g, plot, yr, NiceScale.ticks(axes.right().min(), axes.right().max(), yTicks), label,
                    c.accent, scale);
        }
        draw.bottomAxis(g, plot, x, NiceScale.ticks(xs[0], xs[xs.length - 1], (int) (plot.width() / 80)),
                TickFormat::percent, true, scale);
        draw.text(g, 10, plot.top() - 12, "dealers, " + m.unitLabel(), ChartDraw.NOTE, c.muted);
        if (m.hasOwnFlow()) {
            draw.textRight(g, w - 10, plot.top() - 12, "own book, " + m.unitLabel(), ChartDraw.NOTE, c.accent);
        }

        g.save();
        g.beginPath();
        g.rect(plot.left(), plot.top(), plot.width(), plot.height());
        g.clip();
        ChartDraw.fillToZero(g, x, yl, xs, market, ChartColors.alpha(c.up, 0.20), ChartColors.alpha(c.down, 0.20));
        draw.zeroLine(g, plot, yl, scale);
        draw.markerLine(g, plot, x, new Marker(0, "", ChartColors.alpha(c.fg, 0.8), 4, 4), scale);
        g.setLineDashes();
        g.setStroke(c.fg);
        g.setLineWidth(2);
        ChartDraw.polyline(g, x, yl, xs, market);
        if (m.hasOwnFlow()) {
            g.setStroke(c.accent);
            ChartDraw.polyline(g, x, yr, xs, own);
        }
        g.setLineWidth(1);
        g.restore();

        // The convention, on the chart itself: above zero is buying, below is selling.
        double zero = yl.toPixel(0);
        if (zero - plot.top() > 26) {
            draw.text(g, plot.left() + 8, plot.top() + 12, "\u25b2 BUY (+)", ChartDraw.TITLE, c.up);
        }
        if (plot.bottom() - zero > 26) {
            draw.text(g, plot.left() + 8, plot.bottom() - 12, "\u25bc SELL (\u2212)", ChartDraw.TITLE, c.down);
        }
        draw.text(g, x.toPixel(0) + 6, plot.top() + 12, "index now " + TickFormat.kUsd1(m.spotUsd()),
                ChartDraw.NOTE, c.fg);
    }
}
