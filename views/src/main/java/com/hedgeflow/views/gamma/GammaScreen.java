package com.hedgeflow.views.gamma;

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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Screen 2, "Gamma": market gamma exposure by strike with the own book overlaid, the gamma profile against the
 * index under it, and the totals and levels beside them.
 *
 * <p>Analytics change about once a second while this is rendered up to four times a second: a render whose
 * analytics carry the timestamp already shown touches nothing, so the canvases keep their pixels.
 */
public final class GammaScreen implements Screen {

    private final GexBarsChart bars;
    private final GammaProfileChart profile;
    private final GammaTotalsPanel totals = new GammaTotalsPanel();
    private final UnderlyingChoice underlying = new UnderlyingChoice("gamma-underlying", this::rerender);
    private final Label asOf = new Label("");
    private final HBox body;

    private RiskSnapshot lastSnapshot;
    private Instant lastNow;
    private GammaModel shown;
    private boolean waiting;

    public GammaScreen(Palette palette) {
        ChartColors colors = new ChartColors(Objects.requireNonNull(palette, "palette"));
        bars = new GexBarsChart(colors);
        profile = new GammaProfileChart(colors);

        Label title = new Label("GAMMA EXPOSURE");
        title.getStyleClass().add("hf-screen-title");
        Label expiries = new Label(GammaModel.ALL_EXPIRIES);
        expiries.setId("gamma-expiries");
        expiries.getStyleClass().add("hf-chip");
        // The snapshot's GEX sums every expiry; per-expiry figures are not in it yet, so no fake switch.
        expiries.setTooltip(new Tooltip("GEX summed over every listed expiry; a per-expiry view needs "
                + "per-expiry exposure in the snapshot"));
        asOf.setId("gamma-as-of");
        asOf.getStyleClass().addAll("hf-toolbar-note", "hf-num");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(title, underlying.node(), expiries, spacer, asOf);
        toolbar.getStyleClass().add("hf-screen-toolbar");

        GridPane charts = new GridPane();
        charts.getStyleClass().add("hf-chart-stack");
        charts.add(panel(bars.node()), 0, 0);
        charts.add(panel(profile.node()), 0, 1);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(60);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(40);
        charts.getRowConstraints().addAll(top, bottom);
        ColumnConstraints full = new ColumnConstraints();
        full.setHgrow(Priority.ALWAYS);
        full.setFillWidth(true);
        charts.getColumnConstraints().add(full);
        VBox.setVgrow(charts, Priority.ALWAYS);

        VBox main = new VBox(toolbar, charts);
        main.getStyleClass().add("hf-screen-main");
        HBox.setHgrow(main, Priority.ALWAYS);
        body = new HBox(main, totals.node());
        body.getStyleClass().addAll("hf-body", "hf-exposure-screen");
        body.setId("gamma-screen");
        showWaiting();
    }

    private static StackPane panel(Node chart) {
        StackPane p = new StackPane(chart);
        p.getStyleClass().addAll("hf-panel", "hf-chart-panel");
        p.setMinSize(0, 0);
        return p;
    }

    @Override
    public String title() {
        return "Gamma";
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
        String u = underlying.selected();
        MarketAnalytics a = u == null ? null : snapshot.analytics(u);
        if (a == null) {
            showWaiting();
            return;
        }
        if (shown != null && shown.underlying().equals(a.underlying()) && shown.asOf().equals(a.asOf())) {
            return;
        }
        shown = GammaModel.of(a);
        waiting = false;
        bars.show(shown);
        profile.show(shown);
        totals.show(shown);
        asOf.setText("analytics " + TraderFormat.utcTime(shown.asOf()));
    }

    /** The model on view, or {@code null} while waiting; for tests. */
    public GammaModel model() {
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
        bars.show(null);
        profile.show(null);
        totals.clear();
        asOf.setText("waiting for analytics\u2026");
    }
}
