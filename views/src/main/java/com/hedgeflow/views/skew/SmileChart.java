package com.hedgeflow.views.skew;

import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.skew.SmileChartModel.Marker;
import com.hedgeflow.views.skew.SmileChartModel.Series;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Implied vol (vol points) against log-moneyness, one SVI curve per expiry coloured by expiry, with the ATM and
 * 25-delta points the metrics were read at. A flagged fit is dashed and its legend entry carries a warning badge
 * with the RMSE. The legend is made of nodes, not pixels, so it takes the theme's fonts and has tooltips.
 */
final class SmileChart {

    static final String WAITING = "Waiting for analytics\u2026";

    private static final double[] FLAGGED_DASHES = {7, 5};
    private static final double MARKER_RADIUS = 3.5;
    private static final double QUOTE_RADIUS = 2.0;

    private final Palette palette;
    private final PlotCanvas canvas = new PlotCanvas(WAITING);
    private final FlowPane legend = new FlowPane();
    private final Label markerKey = new Label(
            "\u25cf ATM   \u25cb 25\u0394 put / call   - - - flagged fit   \u2715 butterfly arbitrage");
    private final VBox node;
    private final TextMetrics text = new TextMetrics();
    private final Font tickFont = Font.font("System", 11);
    private final Font noteFont = Font.font("System", FontWeight.BOLD, 10);
    private SmileChartModel model;
    private Instant highlighted;
    private List<LegendKey> legendShown = List.of();

    /** What one legend entry shows; compared to skip rebuilding the legend when nothing in it changed. */
    private record LegendKey(String label, Color colour, boolean flagged, String badge, String tooltip) {
    }

    SmileChart(Palette palette) {
        this.palette = palette;
        canvas.setId("smile-canvas");
        legend.setId("smile-legend");
        legend.getStyleClass().add("hf-legend");
        markerKey.getStyleClass().add("hf-legend-note");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        node = new VBox(legend, canvas);
        node.getStyleClass().add("hf-chart-body");
    }

    Node node() {
        return node;
    }

    PlotCanvas canvas() {
        return canvas;
    }

    FlowPane legend() {
        return legend;
    }

    void show(SmileChartModel newModel, List<String> tooltips) {
        model = newModel;
        updateLegend(newModel, tooltips);
        if (newModel.isEmpty()) {
            canvas.showPlaceholder("No SVI fit or skew metrics for any expiry yet");
        } else {
            canvas.show(this::paint);
        }
    }

    void showWaiting(String message) {
        model = null;
        updateLegend(null, List.of());
        canvas.showPlaceholder(message);
    }

    /** Brings one expiry's curve forward and dims the others; {@code null} shows all alike. */
    void highlight(Instant expiry) {
        if (!Objects.equals(expiry, highlighted)) {
            highlighted = expiry;
            if (model != null && !model.isEmpty()) {
                canvas.repaint();
            }
        }
    }

    private void updateLegend(SmileChartModel m, List<String> tooltips) {
        List<LegendKey> keys = new ArrayList<>();
        if (m != null) {
            for (int i = 0; i < m.series().size(); i++) {
                Series s = m.series().get(i);
                keys.add(new LegendKey(s.label(), s.colour(), s.flagged(), s.badge(),
                        i < tooltips.size() ? tooltips.get(i) : ""));
            }
        }
        if (keys.equals(legendShown)) {
            return;
        }
        legendShown = keys;
        List<Node> entries = new ArrayList<>();
        for (LegendKey key : keys) {
            entries.add(entry(key));
        }
        if (!keys.isEmpty()) {
            entries.add(markerKey);
        }
        legend.getChildren().setAll(entries);
    }

    private static Node entry(LegendKey key) {
        Line swatch = new Line(0, 0, 22, 0);
        swatch.setStroke(key.colour());
        swatch.setStrokeWidth(2.5);
        if (key.flagged()) {
            swatch.getStrokeDashArray().setAll(5.0, 3.0);
        }
        Label name = new Label(key.label());
        name.getStyleClass().addAll("hf-legend-label", "hf-num");
        HBox entry = new HBox(swatch, name);
        entry.getStyleClass().add("hf-legend-entry");
        if (!key.badge().isEmpty()) {
            Label badge = new Label(key.badge());
            badge.getStyleClass().add("hf-fit-badge");
            badge.setTooltip(new Tooltip(key.tooltip()));
            entry.getChildren().add(badge);
        }
        return entry;
    }

    private void paint(GraphicsContext g, double w, double h, double scale) {
        SmileChartModel m = model;
        Color grid = Color.web(palette.border());
        Color muted = Color.web(palette.fgMuted());
        Color fg = Color.web(palette.fg());

        double plotTop = 26; // room above the top tick for the axis unit
        double plotBottom = h - 40;
        double kSpan = Math.max(m.kMax() - m.kMin(), 0.02);
        double volSpan = Math.max(m.volMax() - m.volMin(), 1.0);
        NiceTicks y = NiceTicks.covering(m.volMin() - 0.06 * volSpan, m.volMax() + 0.08 * volSpan,
                Math.max(3, (int) ((plotBottom - plotTop) / 44)));
        double yLabelWidth = 0;
        for (int i = 0; i < y.count(); i++) {
            yLabelWidth = Math.max(yLabelWidth, text.width(y.label(i), tickFont));
        }
        double plotLeft = Math.max(54, yLabelWidth + 14);
        double plotRight = w - 14;
        if (plotRight - plotLeft < 40 || plotBottom - plotTop < 40) {
            return; // too small to read; the next resize paints again
        }
        double kFrom = m.kMin() - 0.03 * kSpan;
        double kTo = m.kMax() + 0.03 * kSpan;
        NiceTicks x = NiceTicks.within(kFrom, kTo, Math.max(3, (int) ((plotRight - plotLeft) / 84)));
        LinearScale sx = new LinearScale(kFrom, kTo, plotLeft, plotRight);
        LinearScale sy = new LinearScale(y.first(), y.last(), plotBottom, plotTop);

        double hair = Crisp.hairline(scale);
        g.setLineWidth(hair);
        g.setFont(tickFont);
        g.setTextBaseline(VPos.CENTER);

        // Horizontal grid and vol labels.
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i < y.count(); i++) {
            double py = Crisp.line(sy.map(y.value(i)), hair, scale);
            g.setStroke(grid);
            g.strokeLine(plotLeft, py, plotRight, py);
            g.setFill(muted);
            g.fillText(y.label(i), plotLeft - 8, py);
        }
        // Vertical grid, log-moneyness labels and K/F under them: traders think in strikes, the axis in k.
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < x.count(); i++) {
            double k = x.value(i);
            double px = Crisp.line(sx.map(k), hair, scale);
            g.setStroke(grid);
            g.strokeLine(px, plotTop, px, plotBottom);
            g.setFill(fg);
            g.fillText(x.signedLabel(i), px, plotBottom + 12);
            g.setFill(muted);
            g.fillText(TraderFormat.fixed(100 * Math.exp(k), 0) + "%", px, plotBottom + 27);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(muted);
        g.fillText("ln(K/F)", plotLeft - 8, plotBottom + 12);
        g.fillText("K/F", plotLeft - 8, plotBottom + 27);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFont(noteFont);
        g.fillText("vol pts", plotLeft - 8, plotTop - 11);

        // The forward: every smile's ATM sits on this line.
        double atmX = Crisp.line(sx.map(0.0), 1, scale);
        g.setStroke(muted);
        g.setLineWidth(1);
        g.setLineDashes(3, 3);
        g.strokeLine(atmX, plotTop, atmX, plotBottom);
        g.setLineDashes((double[]) null);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("ATM  K = F", atmX + 5, plotTop + 2);

        g.save();
        g.beginPath();
        g.rect(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop);
        g.clip();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        Series front = null;
        for (Series s : m.series()) {
            if (s.expiry().equals(highlighted)) {
                front = s; // drawn last, on top of the others
            } else {
                drawSeries(g, s, sx, sy, highlighted == null ? 1.0 : 0.28, 1.75);
            }
        }
        if (front != null) {
            drawSeries(g, front, sx, sy, 1.0, 2.75);
        }
        g.restore();
    }

    private void drawSeries(GraphicsContext g, Series s, LinearScale sx, LinearScale sy, double alpha,
                            double width) {
        g.setGlobalAlpha(alpha);
        int n = s.k().length;
        if (n > 1) {
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int j = 0; j < n; j++) {
                xs[j] = sx.map(s.k()[j]);
                ys[j] = sy.map(s.volPoints()[j]);
            }
            g.setStroke(s.colour());
            g.setLineWidth(width);
            g.setLineDashes(s.flagged() ? FLAGGED_DASHES : null);
            g.strokePolyline(xs, ys, n);
            g.setLineDashes((double[]) null);
        }
        // The market's own marks, small and solid: the curve is the fit, the dots are what it was fitted to.
        g.setFill(s.colour());
        for (Marker q : s.quotes()) {
            double px = sx.map(q.k());
            double py = sy.map(q.volPoints());
            g.fillOval(px - QUOTE_RADIUS, py - QUOTE_RADIUS, 2 * QUOTE_RADIUS, 2 * QUOTE_RADIUS);
        }
        Color surface = Color.web(palette.surface());
        g.setLineWidth(1.5);
        g.setStroke(s.colour());
        for (Marker wing : new Marker[] {s.put(), s.call()}) {
            if (wing != null) {
                double px = sx.map(wing.k());
                double py = sy.map(wing.volPoints());
                g.setFill(surface);
                g.fillOval(px - MARKER_RADIUS, py - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
                g.strokeOval(px - MARKER_RADIUS, py - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
            }
        }
        if (s.atm() != null) {
            double px = sx.map(s.atm().k());
            double py = sy.map(s.atm().volPoints());
            g.setFill(s.colour());
            double r = MARKER_RADIUS + 0.5;
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
        }
        if (s.arbitrage() != null) {
            double px = sx.map(s.arbitrage().k());
            double py = sy.map(s.arbitrage().volPoints());
            g.setStroke(Color.web(palette.down()));
            g.setLineWidth(2);
            g.strokeLine(px - 4, py - 4, px + 4, py + 4);
            g.strokeLine(px - 4, py + 4, px + 4, py - 4);
        }
        g.setGlobalAlpha(1.0);
    }
}
