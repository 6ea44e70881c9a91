package com.hedgeflow.views.scenario;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.scenario.ScenarioMatrix;
import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.shell.Screen;
import com.hedgeflow.views.skew.UnderlyingPicker;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The scenario screen: the own book's P&L in USD over index moves × parallel vol shifts, as a heat map, now or
 * rolled one day forward, with the vol dynamics it assumes written above it.
 *
 * <p>Like the skew screen it draws only when the analytics' timestamp, the underlying or the view changed.
 */
public final class ScenarioScreen implements Screen {

    private final UnderlyingPicker picker = new UnderlyingPicker("scenario-underlying", this::redraw);
    private final ToggleGroup mode = new ToggleGroup();
    private final ToggleButton nowButton = new ToggleButton("Now");
    private final ToggleButton rolledButton = new ToggleButton(ScenarioText.rolled(1));
    private final Label dynamics = new Label();
    private final Label method = new Label(ScenarioText.METHOD);
    private final Label rollNote = new Label();
    private final Label asOf = new Label();
    private final HeatMapChart chart;
    private final ScenarioSummary summary;
    private final VBox body;
    private RiskSnapshot last;
    private MarketAnalytics shown;
    private boolean drawn;
    private HeatMapModel model;

    public ScenarioScreen(Palette palette) {
        chart = new HeatMapChart(palette);
        summary = new ScenarioSummary(chart.colours());

        nowButton.setId("scenario-mode-now");
        rolledButton.setId("scenario-mode-rolled");
        HBox modes = new HBox();
        modes.getStyleClass().add("hf-segmented");
        for (ToggleButton b : new ToggleButton[] {nowButton, rolledButton}) {
            b.setToggleGroup(mode);
            b.getStyleClass().add("hf-segment");
            b.setFocusTraversable(false);
            modes.getChildren().add(b);
        }
        nowButton.setSelected(true);
        mode.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true); // one view is always on: clicking the selected one keeps it
            } else {
                redraw();
            }
        });

        dynamics.setId("scenario-dynamics");
        dynamics.getStyleClass().add("hf-convention");
        method.setId("scenario-method");
        method.getStyleClass().add("hf-convention");
        rollNote.setId("scenario-roll-note");
        rollNote.getStyleClass().add("hf-convention");
        asOf.setId("scenario-as-of");
        asOf.getStyleClass().addAll("hf-as-of", "hf-num");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(picker.node(), modes, dynamics, spacer, asOf);
        header.getStyleClass().add("hf-vol-header");

        Label title = new Label("OWN BOOK P&L (USD)  \u00b7  index move \u00d7 parallel vol shift");
        title.getStyleClass().add("hf-panel-title");
        VBox notes = new VBox(method, rollNote);
        notes.getStyleClass().add("hf-notes");
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        VBox mapPanel = new VBox(title, notes, chart.node());
        mapPanel.getStyleClass().addAll("hf-panel", "hf-chart-panel");
        HBox.setHgrow(mapPanel, Priority.ALWAYS);
        HBox main = new HBox(mapPanel, summary.node());
        main.getStyleClass().add("hf-chart-row");
        VBox.setVgrow(main, Priority.ALWAYS);

        body = new VBox(header, main);
        body.getStyleClass().addAll("hf-body", "hf-vol-screen");
        body.setId("scenario-screen");
        showWaiting(HeatMapChart.WAITING);
    }

    @Override
    public String title() {
        return "Scenarios";
    }

    @Override
    public Node node() {
        return body;
    }

    @Override
    public void render(RiskSnapshot snapshot, Instant now) {
        last = snapshot;
        MarketAnalytics analytics = picker.pick(snapshot);
        if (drawn && UnderlyingPicker.sameComputation(analytics, shown)) {
            return; // the same analytics again (renders run at 4 Hz, analytics at 1 Hz): nothing to draw
        }
        draw(analytics);
    }

    /** The map on view, or {@code null} while waiting; for tests. */
    HeatMapModel model() {
        return model;
    }

    HeatMapChart chart() {
        return chart;
    }

    private void redraw() {
        if (last != null) {
            draw(last.analytics(picker.selected()));
        }
    }

    private void draw(MarketAnalytics analytics) {
        shown = analytics;
        drawn = true;
        asOf.setText(analytics == null ? "" : "analytics " + TraderFormat.utcTime(analytics.asOf()));
        ScenarioMatrix now = analytics == null ? null : analytics.scenarios();
        if (now == null) {
            showWaiting(HeatMapChart.WAITING);
            return;
        }
        ScenarioMatrix rolled = analytics.scenariosRolled();
        double rollDays = rolled == null ? 1 : rolled.grid().rollDays();
        rolledButton.setDisable(rolled == null);
        rolledButton.setText(ScenarioText.rolled(rollDays));
        boolean showRolled = rolled != null && mode.getSelectedToggle() == rolledButton;
        ScenarioMatrix matrix = showRolled ? rolled : now;

        model = HeatMapModel.of(matrix, HeatMapModel.maxAbs(now, rolled));
        chart.show(model, showRolled ? "+" + TraderFormat.quantity(rollDays, 0, 2) + "D" : "NOW");
        dynamics.setText(ScenarioText.dynamics(matrix.grid().dynamics()));
        rollNote.setText(showRolled ? ScenarioText.rollNote(rollDays)
                : "Now: today's expiries and vols; the outlined cell is the book as it stands (zero P&L)");
        HeatMapModel rolledModel = rolled == null ? null : HeatMapModel.of(rolled, model.scaleMaxAbs());
        summary.show(model, rolledModel == null ? null : rolledModel.current(), rollDays);
    }

    private void showWaiting(String message) {
        model = null;
        chart.showWaiting(message);
        summary.clear();
        dynamics.setText("");
        rollNote.setText("");
    }
}
