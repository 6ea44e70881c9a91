package com.hedgeflow.views.flow;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.chart.ChartColors;
import com.hedgeflow.views.chart.UnderlyingChoice;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.shell.Screen;
import java.time.Instant;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Screen 3, "Hedge flow": what the own book and the market's dealers would have to trade if the index moved
 * −20%…+20%, in coin or USD, as a chart and as a table of key moves; beside them the place where the
 * perpetual's order-book depth will go, which says plainly that it is not there yet.
 */
public final class HedgeFlowScreen implements Screen {

    private final HedgeFlowChart chart;
    private final FlowTable table = new FlowTable();
    private final UnderlyingChoice underlying = new UnderlyingChoice("flow-underlying", this::rerender);
    private final ToggleButton coin = new ToggleButton("Coin");
    private final ToggleButton usd = new ToggleButton("USD");
    private final Label convention = new Label("Sign: " + HedgeFlowModel.SIGN_CONVENTION + ".");
    private final Label asOf = new Label("");
    private final Label deltaNow = new Label("");
    private final HBox body;

    private FlowUnit unit = FlowUnit.COIN;
    private RiskSnapshot lastSnapshot;
    private Instant lastNow;
    private HedgeFlowModel shown;
    private boolean waiting;

    public HedgeFlowScreen(Palette palette) {
        chart = new HedgeFlowChart(new ChartColors(Objects.requireNonNull(palette, "palette")));

        Label title = new Label("HEDGE FLOW");
        title.getStyleClass().add("hf-screen-title");
        coin.setId("flow-unit-coin");
        usd.setId("flow-unit-usd");
        HBox units = new HBox(coin, usd);
        units.getStyleClass().add("hf-segmented");
        for (ToggleButton b : new ToggleButton[]{coin, usd}) {
            b.getStyleClass().add("hf-segment");
            b.setFocusTraversable(false);
        }
        // Two buttons that always have exactly one selected: a ToggleGroup would let the user clear both.
        coin.setOnAction(e -> choose(FlowUnit.COIN));
        usd.setOnAction(e -> choose(FlowUnit.USD));
        coin.setSelected(true);
        asOf.setId("flow-as-of");
        asOf.getStyleClass().addAll("hf-toolbar-note", "hf-num");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(title, underlying.node(), units, spacer, asOf);
        toolbar.getStyleClass().add("hf-screen-toolbar");

        StackPane chartPanel = new StackPane(chart.node());
        chartPanel.getStyleClass().addAll("hf-panel", "hf-chart-panel");
        chartPanel.setMinSize(0, 0);
        VBox.setVgrow(chartPanel, Priority.ALWAYS);
        convention.setId("flow-convention");
        convention.getStyleClass().add("hf-exposure-note");
        convention.setWrapText(true);
        VBox main = new VBox(toolbar, chartPanel, convention);
        main.getStyleClass().add("hf-screen-main");
        HBox.setHgrow(main, Priority.ALWAYS);

        Label tableTitle = new Label("FLOW AT KEY MOVES");
        tableTitle.getStyleClass().add("hf-section-title");
        deltaNow.setId("flow-delta-now");
        deltaNow.getStyleClass().addAll("hf-exposure-note", "hf-num");
        deltaNow.setWrapText(true);
        Label depthTitle = new Label("PERPETUAL ORDER-BOOK DEPTH");
        depthTitle.getStyleClass().add("hf-section-title");
        Label depth = new Label(HedgeFlowModel.DEPTH_NOTE);
        depth.setId("flow-depth-note");
        depth.getStyleClass().add("hf-depth-note");
        depth.setWrapText(true);
        Label depthWhy = new Label("The hedge flow is drawn without liquidity. Depth to absorb it will show "
                + "here once the venue feed carries the perpetual's book.");
        depthWhy.getStyleClass().add("hf-exposure-note");
        depthWhy.setWrapText(true);
        VBox depthPanel = new VBox(depth, depthWhy);
        depthPanel.getStyleClass().addAll("hf-panel", "hf-depth-panel");
        depthPanel.setId("flow-depth");
        VBox.setVgrow(depthPanel, Priority.ALWAYS);
        VBox rail = new VBox(tableTitle, table.node(), deltaNow, depthTitle, depthPanel);
        rail.getStyleClass().add("hf-flow-rail");

        body = new HBox(main, rail);
        body.getStyleClass().addAll("hf-body", "hf-exposure-screen");
        body.setId("flow-screen");
        showWaiting();
    }

    @Override
    public String title() {
        return "Hedge flow";
    }

    @Override
    public Node node() {
        return body;
    }

    @Override
    public void render(RiskSnapshot snapshot, Instant now) {
        lastSnapshot = snapshot;
        lastNow = now;
        underlying.offer(snapshot);
        coin.setText(underlying.selected() == null ? "Coin" : underlying.selected());
        String u = underlying.selected();
        MarketAnalytics a = u == null ? null : snapshot.analytics(u);
        if (a == null) {
            showWaiting();
            return;
        }
        if (shown != null && shown.underlying().equals(a.underlying()) && shown.asOf().equals(a.asOf())
                && shown.unit() == unit) {
            return;
        }
        shown = HedgeFlowModel.of(a, unit);
        waiting = false;
        chart.show(shown);
        table.show(shown);
        deltaNow.setText(shown.deltaNow());
        convention.setText(shown.convention());
        asOf.setText("analytics " + TraderFormat.utcTime(shown.asOf()));
    }

    /** Switches between coin and USD; the same analytics are redrawn at once. */
    public void choose(FlowUnit next) {
        unit = next;
        coin.setSelected(next == FlowUnit.COIN);
        usd.setSelected(next == FlowUnit.USD);
        rerender();
    }

    /** The model on view, or {@code null} while waiting; for tests. */
    public HedgeFlowModel model() {
        return shown;
    }

    private void rerender() {
        if (lastSnapshot != null) {
            render(lastSnapshot, lastNow);
        }
    }

    private void showWaiting() {
        if (waiting) {
            return;
        }
        waiting = true;
        shown = null;
        chart.show(null);
        table.clear();
        asOf.setText("waiting for analytics\u2026");
        deltaNow.setText("");
    }
}
