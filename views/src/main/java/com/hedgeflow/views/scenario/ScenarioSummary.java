package com.hedgeflow.views.scenario;

import com.hedgeflow.views.format.Tone;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.fx.Tones;
import com.hedgeflow.views.scenario.HeatMapModel.Cell;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * Beside the heat map: the worst and best cells and where they are, one day of time decay with nothing else
 * moving, and the colour scale's range (shared by both views, so colours compare across the toggle).
 */
final class ScenarioSummary {

    private final VBox box = new VBox();
    private final Stat worst = new Stat("WORST CASE", "scenario-worst");
    private final Stat best = new Stat("BEST CASE", "scenario-best");
    private final Stat decay = new Stat("TIME DECAY, 1 DAY", "scenario-decay");
    private final Stat scale = new Stat("COLOUR SCALE", "scenario-scale");
    private final Pair indexStep = new Pair("INDEX ONE STEP DOWN / UP", "scenario-index-step");
    private final Pair volStep = new Pair("VOL ONE STEP DOWN / UP", "scenario-vol-step");

    ScenarioSummary(DivergingScale colours) {
        Region bar = new Region();
        bar.getStyleClass().add("hf-scale-bar");
        bar.setBackground(new Background(new BackgroundFill(gradient(colours), new CornerRadii(3), Insets.EMPTY)));
        Label low = new Label("loss");
        Label high = new Label("gain");
        low.getStyleClass().add("hf-stat-note");
        high.getStyleClass().add("hf-stat-note");
        BorderPane ends = new BorderPane();
        ends.setLeft(low);
        ends.setRight(high);
        box.getStyleClass().addAll("hf-panel", "hf-scenario-summary");
        box.getChildren().addAll(worst.box, best.box, indexStep.box, volStep.box, decay.box, scale.box, bar, ends);
    }

    Node node() {
        return box;
    }

    void show(HeatMapModel model, Cell decayCell, double rollDays) {
        worst.show(model.worst(), model);
        best.show(model.best(), model);
        if (decayCell == null) {
            decay.set(TraderFormat.EM_DASH, Tone.MUTED, "no rolled scenario");
        } else {
            decay.set(CompactUsd.signed(decayCell.pnlUsd()), tone(decayCell.pnlUsd()),
                    rollDays == 1 ? "index and vol unchanged, one day later"
                            : "index and vol unchanged, " + TraderFormat.quantity(rollDays, 0, 2) + " days later");
        }
        scale.set("\u00b1" + CompactUsd.unsigned(model.scaleMaxAbs()), Tone.NEUTRAL,
                "full colour at the largest amount in either view");
        showSteps(model);
    }

    /** The cells next to the unmoved one: the book's local sensitivity to the index and to vol, in this view. */
    private void showSteps(HeatMapModel model) {
        int c = model.currentColumn();
        int r = model.currentRow();
        if (c <= 0 || c >= model.columns() - 1 || r <= 0 || r >= model.rows() - 1) {
            indexStep.clear();
            volStep.clear();
            return;
        }
        indexStep.show(model.cell(c - 1, r), model.cell(c + 1, r),
                "index " + model.spotShiftLabel(c - 1) + " / " + model.spotShiftLabel(c + 1) + ", vol unchanged");
        // Rows run from the highest vol down: the row below is the vol step down.
        volStep.show(model.cell(c, r + 1), model.cell(c, r - 1),
                "vol " + model.volShiftLabel(r + 1) + " / " + model.volShiftLabel(r - 1) + " vp, index unchanged");
    }

    void clear() {
        for (Stat s : new Stat[] {worst, best, decay, scale}) {
            s.set(TraderFormat.EM_DASH, Tone.MUTED, "");
        }
        indexStep.clear();
        volStep.clear();
    }

    static Tone tone(double pnl) {
        String text = CompactUsd.signed(pnl);
        return text.startsWith("+") ? Tone.UP : text.startsWith("-") ? Tone.DOWN : Tone.NEUTRAL;
    }

    private static LinearGradient gradient(DivergingScale colours) {
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, colours.fill(-1)), new Stop(0.5, colours.neutral()), new Stop(1, colours.fill(1)));
    }

    /** Two figures side by side, a step down and a step up. */
    private static final class Pair {
        final VBox box = new VBox();
        final Label down = new Label(TraderFormat.EM_DASH);
        final Label up = new Label(TraderFormat.EM_DASH);
        final Label note = new Label();

        Pair(String name, String id) {
            Label title = new Label(name);
            title.getStyleClass().add("hf-stat-name");
            down.getStyleClass().addAll("hf-stat-value", "hf-stat-pair", "hf-num");
            up.getStyleClass().addAll("hf-stat-value", "hf-stat-pair", "hf-num");
            down.setId(id + "-down");
            up.setId(id + "-up");
            Label slash = new Label("/");
            slash.getStyleClass().add("hf-stat-note");
            HBox values = new HBox(down, slash, up);
            values.getStyleClass().add("hf-stat-values");
            note.getStyleClass().add("hf-stat-note");
            note.setId(id + "-note");
            note.setWrapText(true);
            box.getStyleClass().add("hf-stat");
            box.getChildren().addAll(title, values, note);
        }

        void show(Cell low, Cell high, String where) {
            down.setText(low.text());
            Tones.apply(down, tone(low.pnlUsd()));
            up.setText(high.text());
            Tones.apply(up, tone(high.pnlUsd()));
            note.setText(where);
        }

        void clear() {
            for (Label l : new Label[] {down, up}) {
                l.setText(TraderFormat.EM_DASH);
                Tones.apply(l, Tone.MUTED);
            }
            note.setText("");
        }
    }

    /** One figure with its name above and where it comes from below. */
    private static final class Stat {
        final VBox box = new VBox();
        final Label value = new Label(TraderFormat.EM_DASH);
        final Label note = new Label();

        Stat(String name, String id) {
            Label title = new Label(name);
            title.getStyleClass().add("hf-stat-name");
            value.getStyleClass().addAll("hf-stat-value", "hf-num");
            value.setId(id);
            note.getStyleClass().add("hf-stat-note");
            note.setId(id + "-note");
            note.setWrapText(true);
            box.getStyleClass().add("hf-stat");
            box.getChildren().addAll(title, value, note);
        }

        void show(Cell cell, HeatMapModel model) {
            if (cell == null) {
                set(TraderFormat.EM_DASH, Tone.MUTED, "");
            } else {
                set(cell.text(), tone(cell.pnlUsd()), model.location(cell));
            }
        }

        void set(String text, Tone tone, String where) {
            value.setText(text);
            Tones.apply(value, tone);
            note.setText(where);
        }
    }
}
