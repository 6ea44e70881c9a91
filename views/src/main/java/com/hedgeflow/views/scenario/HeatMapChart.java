package com.hedgeflow.views.scenario;

import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.scenario.HeatMapModel.Cell;
import com.hedgeflow.views.skew.Crisp;
import com.hedgeflow.views.skew.PlotCanvas;
import com.hedgeflow.views.skew.TextMetrics;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The spot × vol P&L grid as coloured cells with their amounts printed, the unmoved cell outlined, index moves
 * (and the index they lead to) along the bottom and vol shifts down the side. One Canvas: 81 cells with text
 * would be 160 nodes to lay out on every update.
 */
final class HeatMapChart {

    static final String WAITING = "Waiting for analytics\u2026";

    private static final double LEFT = 78;
    private static final double TOP = 6;
    private static final double RIGHT = 6;
    private static final double BOTTOM = 62;
    private static final double GAP = 2;

    private final Palette palette;
    private final DivergingScale colours;
    private final PlotCanvas canvas = new PlotCanvas(WAITING);
    private final TextMetrics text = new TextMetrics();
    private final Font axisFont = Font.font("System", 11);
    private final Font axisBold = Font.font("System", FontWeight.BOLD, 11);
    private final Font tagFont = Font.font("System", FontWeight.BOLD, 9);
    private HeatMapModel model;
    private String currentTag = "NOW";

    HeatMapChart(Palette palette) {
        this.palette = palette;
        this.colours = new DivergingScale(palette);
        canvas.setId("scenario-canvas");
    }

    Node node() {
        return canvas;
    }

    PlotCanvas canvas() {
        return canvas;
    }

    DivergingScale colours() {
        return colours;
    }

    /** @param tag what the unmoved cell is called in this view: {@code NOW}, or {@code +1D} when rolled */
    void show(HeatMapModel newModel, String tag) {
        model = newModel;
        currentTag = tag;
        canvas.show(this::paint);
    }

    void showWaiting(String message) {
        model = null;
        canvas.showPlaceholder(message);
    }

    private void paint(GraphicsContext g, double w, double h, double scale) {
        HeatMapModel m = model;
        int columns = m.columns();
        int rows = m.rows();
        double gridW = w - LEFT - RIGHT;
        double gridH = h - TOP - BOTTOM;
        if (gridW < columns * 20 || gridH < rows * 12) {
            return; // too small to read anything; the next resize paints again
        }
        double cw = gridW / columns;
        double ch = gridH / rows;
        Color fg = Color.web(palette.fg());
        Color muted = Color.web(palette.fgMuted());
        Color accent = Color.web(palette.accent());

        // Cell text: as large as the cell comfortably takes, monospaced so the amounts line up.
        double size = Math.max(9, Math.min(15, Math.min(ch * 0.34, cw / 6.2)));
        Font cellFont = Font.font("Monospaced", FontWeight.BOLD, size);
        String widest = "";
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < rows; r++) {
                widest = m.cell(c, r).text().length() > widest.length() ? m.cell(c, r).text() : widest;
            }
        }
        boolean printValues = text.width(widest, cellFont) <= cw - 6;

        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int c = 0; c < columns; c++) {
            double x0 = Crisp.edge(LEFT + c * cw, scale);
            double x1 = Crisp.edge(LEFT + (c + 1) * cw - GAP, scale);
            for (int r = 0; r < rows; r++) {
                double y0 = Crisp.edge(TOP + r * ch, scale);
                double y1 = Crisp.edge(TOP + (r + 1) * ch - GAP, scale);
                Cell cell = m.cell(c, r);
                Color fill = colours.fill(cell.fraction());
                g.setFill(fill);
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
                if (printValues) {
                    g.setFont(cellFont);
                    g.setFill(colours.textOn(fill));
                    g.fillText(cell.text(), (x0 + x1) / 2, (y0 + y1) / 2);
                }
            }
        }

        int cc = m.currentColumn();
        int cr = m.currentRow();
        if (cc >= 0 && cr >= 0) {
            double x0 = Crisp.edge(LEFT + cc * cw, scale);
            double x1 = Crisp.edge(LEFT + (cc + 1) * cw - GAP, scale);
            double y0 = Crisp.edge(TOP + cr * ch, scale);
            double y1 = Crisp.edge(TOP + (cr + 1) * ch - GAP, scale);
            g.setStroke(accent);
            g.setLineWidth(2);
            g.strokeRect(x0 + 1, y0 + 1, x1 - x0 - 2, y1 - y0 - 2);
            g.setFont(tagFont);
            g.setFill(accent);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(currentTag, x0 + 5, y0 + 4);
        }

        // Index moves along the bottom: the move, then the index it leads to.
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double axisY = TOP + rows * ch;
        for (int c = 0; c < columns; c++) {
            double x = LEFT + (c + 0.5) * cw - GAP / 2;
            g.setFont(c == cc ? axisBold : axisFont);
            g.setFill(c == cc ? accent : fg);
            g.fillText(m.spotShiftLabel(c), x, axisY + 10);
            g.setFont(axisFont);
            g.setFill(muted);
            g.fillText(m.spotPriceLabel(c), x, axisY + 25);
        }
        g.setFill(muted);
        g.setFont(axisFont);
        g.fillText("index move  \u00b7  index after the move (USD)", LEFT + gridW / 2, axisY + 45);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("index", LEFT - 10, axisY + 10);
        g.fillText("USD", LEFT - 10, axisY + 25);

        // Vol shifts down the side, in vol points.
        for (int r = 0; r < rows; r++) {
            double y = TOP + (r + 0.5) * ch - GAP / 2;
            g.setFont(r == cr ? axisBold : axisFont);
            g.setFill(r == cr ? accent : fg);
            g.fillText(m.volShiftLabel(r), LEFT - 10, y);
        }
        g.save();
        g.translate(18, TOP + gridH / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(axisFont);
        g.setFill(muted);
        g.fillText("vol shift (vol points)", 0, 0);
        g.restore();
    }
}
