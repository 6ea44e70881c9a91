package com.hedgeflow.views.skew;

import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.skew.TermStructureModel.Pillar;
import com.hedgeflow.views.skew.TermStructureModel.Segment;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * ATM vol (vol points) against days to expiry, with the calendar-arbitrage verdict above it. A stretch where ATM
 * total variance falls is drawn in the "down" colour: that is a calendar arbitrage at the money.
 */
final class TermStructureChart {

    private static final PseudoClass FREE = PseudoClass.getPseudoClass("free");
    private static final PseudoClass ARBITRAGE = PseudoClass.getPseudoClass("arbitrage");

    private final Palette palette;
    private final PlotCanvas canvas = new PlotCanvas(SmileChart.WAITING);
    private final Label calendar = new Label();
    private final VBox node;
    private final TextMetrics text = new TextMetrics();
    private final Font tickFont = Font.font("System", 11);
    private TermStructureModel model;

    TermStructureChart(Palette palette) {
        this.palette = palette;
        canvas.setId("term-canvas");
        calendar.setId("calendar-status");
        calendar.getStyleClass().add("hf-calendar");
        calendar.setWrapText(true);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        node = new VBox(calendar, canvas);
        node.getStyleClass().add("hf-chart-body");
    }

    Node node() {
        return node;
    }

    PlotCanvas canvas() {
        return canvas;
    }

    void show(TermStructureModel newModel) {
        model = newModel;
        calendar.setText(newModel.calendarText());
        calendar.pseudoClassStateChanged(FREE, newModel.calendar() == TermStructureModel.Calendar.FREE);
        calendar.pseudoClassStateChanged(ARBITRAGE, newModel.calendar() == TermStructureModel.Calendar.ARBITRAGE);
        if (newModel.isEmpty()) {
            canvas.showPlaceholder("No ATM vol in any expiry yet");
        } else {
            canvas.show(this::paint);
        }
    }

    void showWaiting(String message) {
        model = null;
        calendar.setText("");
        calendar.pseudoClassStateChanged(FREE, false);
        calendar.pseudoClassStateChanged(ARBITRAGE, false);
        canvas.showPlaceholder(message);
    }

    private void paint(GraphicsContext g, double w, double h, double scale) {
        TermStructureModel m = model;
        Color grid = Color.web(palette.border());
        Color muted = Color.web(palette.fgMuted());
        Color fg = Color.web(palette.fg());

        double volMin = Double.POSITIVE_INFINITY;
        double volMax = Double.NEGATIVE_INFINITY;
        double daysMax = 0;
        for (Pillar p : m.pillars()) {
            volMin = Math.min(volMin, p.volPoints());
            volMax = Math.max(volMax, p.volPoints());
            daysMax = Math.max(daysMax, p.days());
        }
        for (Segment s : m.segments()) {
            for (double v : s.volPoints()) {
                volMin = Math.min(volMin, v);
                volMax = Math.max(volMax, v);
            }
        }
        double plotTop = 22; // room for the value label over the highest pillar
        double plotBottom = h - 24;
        double volSpan = Math.max(volMax - volMin, 2.0);
        NiceTicks y = NiceTicks.covering(volMin - 0.15 * volSpan, volMax + 0.15 * volSpan,
                Math.max(3, (int) ((plotBottom - plotTop) / 48)));
        double yLabelWidth = 0;
        for (int i = 0; i < y.count(); i++) {
            yLabelWidth = Math.max(yLabelWidth, text.width(y.label(i), tickFont));
        }
        double plotLeft = Math.max(40, yLabelWidth + 12);
        double plotRight = w - 14;
        if (plotRight - plotLeft < 40 || plotBottom - plotTop < 30) {
            return;
        }
        NiceTicks x = NiceTicks.covering(0, daysMax * 1.06, Math.max(3, (int) ((plotRight - plotLeft) / 60)));
        LinearScale sx = new LinearScale(0, x.last(), plotLeft, plotRight);
        LinearScale sy = new LinearScale(y.first(), y.last(), plotBottom, plotTop);

        double hair = Crisp.hairline(scale);
        g.setLineWidth(hair);
        g.setFont(tickFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i < y.count(); i++) {
            double py = Crisp.line(sy.map(y.value(i)), hair, scale);
            g.setStroke(grid);
            g.strokeLine(plotLeft, py, plotRight, py);
            g.setFill(muted);
            g.fillText(y.label(i), plotLeft - 6, py);
        }
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < x.count(); i++) {
            double px = Crisp.line(sx.map(x.value(i)), hair, scale);
            g.setStroke(grid);
            g.strokeLine(px, plotTop, px, plotBottom);
            g.setFill(muted);
            g.fillText(x.label(i), px, plotBottom + 12);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("days", plotLeft - 6, plotBottom + 12);

        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Segment s : m.segments()) {
            int n = s.days().length;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int j = 0; j < n; j++) {
                xs[j] = sx.map(s.days()[j]);
                ys[j] = sy.map(s.volPoints()[j]);
            }
            g.setStroke(s.decreasing() ? Color.web(palette.down()) : muted);
            g.setLineWidth(s.decreasing() ? 2.5 : 1.5);
            g.strokePolyline(xs, ys, n);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        double labelledUpTo = Double.NEGATIVE_INFINITY;
        for (Pillar p : m.pillars()) {
            double px = sx.map(p.days());
            double py = sy.map(p.volPoints());
            g.setFill(p.colour() == null ? fg : p.colour());
            g.fillOval(px - 4.5, py - 4.5, 9, 9);
            // Front expiries crowd together in days: a label that would overprint its neighbour is left out
            // (the table below has every value).
            String value = TraderFormat.fixed(p.volPoints(), 1);
            double half = text.width(value, tickFont) / 2;
            if (px - half > labelledUpTo + 4) {
                g.setFill(fg);
                g.fillText(value, px, py - 7);
                labelledUpTo = px + half;
            }
        }
    }
}
