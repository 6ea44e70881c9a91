package com.hedgeflow.views.gamma;

import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.format.Tone;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.fx.Tones;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The numbers beside the gamma charts: market and own totals (GEX, vanna, charm, each with its unit) and the
 * levels (index, zero gamma, walls) with their distance from the index. Labels, not canvas, so that they can be
 * selected by CSS and read by tests; each is written only when its text changed.
 */
final class GammaTotalsPanel {

    private final VBox box = new VBox();
    private final Map<String, Label> values = new HashMap<>();
    private final Map<String, Label> distances = new HashMap<>();
    private final Label positioning = new Label(TraderFormat.EM_DASH);
    private final Label regime = new Label("");
    private final Label marketTitle = title("MARKET");
    private final Label ownTitle = title("OWN BOOK");
    private final Label unpriced = new Label("");

    GammaTotalsPanel() {
        box.getStyleClass().addAll("hf-panel", "hf-exposure-rail");
        box.setId("gamma-totals");

        marketTitle.setId("gamma-market-title");
        ownTitle.setId("gamma-own-title");
        positioning.setId("gamma-positioning");
        positioning.getStyleClass().add("hf-exposure-note");
        positioning.setWrapText(true);
        regime.setId("gamma-regime");
        regime.getStyleClass().add("hf-exposure-note");
        regime.setWrapText(true);
        GridPane market = grid();
        figureRow(market, 0, "gamma-market-gex", "GEX", "per 1%");
        figureRow(market, 1, "gamma-market-vanna", "Vanna", "per vol pt");
        figureRow(market, 2, "gamma-market-charm", "Charm", "per day");

        GridPane own = grid();
        figureRow(own, 0, "gamma-own-gex", "GEX", "per 1%");
        figureRow(own, 1, "gamma-own-vanna", "Vanna", "per vol pt");
        figureRow(own, 2, "gamma-own-charm", "Charm", "per day");
        unpriced.setId("gamma-unpriced");
        unpriced.getStyleClass().addAll("hf-exposure-note", "hf-exposure-warn");
        unpriced.setWrapText(true);
        unpriced.setManaged(false);
        unpriced.setVisible(false);

        GridPane levels = grid();
        String[][] rows = {
            {"spot", "Index"}, {"flip-market", "Zero \u0393 market"}, {"flip-own", "Zero \u0393 own book"},
            {"call-wall", "Call wall"}, {"put-wall", "Put wall"}, {"abs-gamma", "Abs. gamma strike"}};
        for (int i = 0; i < rows.length; i++) {
            levelRow(levels, i, rows[i][0], rows[i][1]);
        }

        Label units = new Label("GEX: USD of delta a +1% index move adds. Vanna: USD of delta per +1 vol point. "
                + "Charm: USD of delta per calendar day. Walls by gamma, not open interest.");
        units.getStyleClass().addAll("hf-exposure-note", "hf-exposure-footnote");
        units.setWrapText(true);

        box.getChildren().addAll(marketTitle, positioning, market, regime, ownTitle, own, unpriced,
                title("LEVELS"), levels, units);
    }

    Node node() {
        return box;
    }

    void show(GammaModel m) {
        // Totals of one expiry say so: summed ones are the default and need no words.
        String scope = m.expiry() == null ? "" : "  \u00b7  " + m.expiryLabel();
        set(marketTitle, "MARKET" + scope);
        set(ownTitle, "OWN BOOK" + scope);
        set(positioning, "positioning: " + m.positioning());
        set(regime, m.regime());
        figure("gamma-market-gex", m.marketGex());
        figure("gamma-market-vanna", m.marketVanna());
        figure("gamma-market-charm", m.marketCharm());
        figure("gamma-own-gex", m.ownGex());
        figure("gamma-own-vanna", m.ownVanna());
        figure("gamma-own-charm", m.ownCharm());
        String note = m.unpricedNote();
        set(unpriced, note);
        unpriced.setManaged(!note.isEmpty());
        unpriced.setVisible(!note.isEmpty());
        for (LevelRow row : m.levelRows()) {
            Label value = values.get("gamma-level-" + row.id());
            set(value, row.value());
            // A missing level is a statement ("no flip in ±25%"), shown muted so it does not read as a price.
            Tones.apply(value, row.distance().isEmpty() && !"spot".equals(row.id())
                    ? Tone.MUTED : Tone.NEUTRAL);
            set(distances.get("gamma-level-" + row.id()), row.distance());
        }
    }

    /** Back to dashes: figures of an underlying that left the book must not stay on screen as if live. */
    void clear() {
        for (Label l : values.values()) {
            set(l, TraderFormat.EM_DASH);
            Tones.apply(l, Tone.MUTED);
        }
        for (Label l : distances.values()) {
            set(l, "");
        }
        set(regime, "");
        set(positioning, TraderFormat.EM_DASH);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hf-section-title");
        return l;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("hf-exposure-grid");
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.NEVER);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setHalignment(HPos.RIGHT);
        ColumnConstraints unit = new ColumnConstraints();
        unit.setMinWidth(62);
        grid.getColumnConstraints().addAll(name, value, unit);
        return grid;
    }

    private void figureRow(GridPane grid, int row, String id, String name, String unit) {
        Label n = new Label(name);
        n.getStyleClass().add("hf-exposure-name");
        Label v = new Label(TraderFormat.EM_DASH);
        v.setId(id);
        v.getStyleClass().addAll("hf-exposure-value", "hf-num");
        Tones.apply(v, Tone.MUTED);
        Label u = new Label(unit);
        u.getStyleClass().add("hf-exposure-unit");
        grid.addRow(row, n, v, u);
        values.put(id, v);
    }

    private void levelRow(GridPane grid, int row, String id, String name) {
        Label n = new Label(name);
        n.getStyleClass().add("hf-exposure-name");
        Label v = new Label(TraderFormat.EM_DASH);
        v.setId("gamma-level-" + id);
        v.getStyleClass().addAll("hf-exposure-value", "hf-num");
        Label d = new Label("");
        d.setId("gamma-level-" + id + "-distance");
        d.getStyleClass().addAll("hf-exposure-unit", "hf-num");
        grid.addRow(row, n, v, d);
        values.put("gamma-level-" + id, v);
        distances.put("gamma-level-" + id, d);
    }

    private void figure(String id, Figure f) {
        Label l = values.get(id);
        set(l, f.text());
        Tones.apply(l, f.tone());
    }

    private static void set(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }
}
