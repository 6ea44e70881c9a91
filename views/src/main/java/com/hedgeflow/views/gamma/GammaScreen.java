package com.hedgeflow.views.gamma;

import com.hedgeflow.engine.analytics.ExpiryExposure;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.chart.ChartColors;
import com.hedgeflow.views.chart.UnderlyingChoice;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.shell.Screen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
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
    private final ComboBox<String> expiries = new ComboBox<>();
    private final Label asOf = new Label("");
    private final HBox body;

    private RiskSnapshot lastSnapshot;
    private Instant lastNow;
    private GammaModel shown;
    private boolean waiting;
    /** The expiries on offer after "All expiries", in the selector's order; the labels as last shown. */
    private List<Instant> offeredExpiries = List.of();
    private List<String> offeredLabels = List.of(GammaModel.ALL_EXPIRIES);
    /** The expiry chosen, or {@code null} for all; kept by instant so that it survives snapshots. */
    private Instant selectedExpiry;
    private boolean updatingExpiries;

    public GammaScreen(Palette palette) {
        ChartColors colors = new ChartColors(Objects.requireNonNull(palette, "palette"));
        bars = new GexBarsChart(colors);
        profile = new GammaProfileChart(colors);

        Label title = new Label("GAMMA EXPOSURE");
        title.getStyleClass().add("hf-screen-title");
        expiries.setId("gamma-expiries");
        expiries.getStyleClass().add("hf-underlying-choice");
        expiries.setFocusTraversable(false);
        expiries.setTooltip(new Tooltip("GEX, walls, profile and zero gamma of one expiry alone, or summed over "
                + "every listed expiry"));
        expiries.getItems().setAll(GammaModel.ALL_EXPIRIES);
        expiries.getSelectionModel().select(0);
        expiries.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> {
            if (!updatingExpiries && is.intValue() >= 0) {
                int i = is.intValue();
                selectedExpiry = i == 0 || i > offeredExpiries.size() ? null : offeredExpiries.get(i - 1);
                rerender();
            }
        });
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
        offerExpiries(a);
        if (shown != null && shown.underlying().equals(a.underlying()) && shown.asOf().equals(a.asOf())
                && Objects.equals(shown.expiry(), selectedExpiry)) {
            return;
        }
        shown = GammaModel.of(a, selectedExpiry);
        waiting = false;
        bars.show(shown);
        profile.show(shown);
        totals.show(shown);
        asOf.setText("analytics " + TraderFormat.utcTime(shown.asOf()));
    }

    /**
     * Follows the expiries of the analytics on view; touches the selector only when they (or their labels)
     * changed. The chosen expiry stays chosen while it is listed and falls back to all expiries once it is not.
     */
    private void offerExpiries(MarketAnalytics a) {
        List<Instant> instants = new ArrayList<>(a.byExpiry().size());
        List<String> labels = new ArrayList<>(a.byExpiry().size() + 1);
        labels.add(GammaModel.ALL_EXPIRIES);
        for (ExpiryExposure e : a.byExpiry()) {
            instants.add(e.expiry());
            labels.add(GammaModel.expiryLabel(e));
        }
        if (selectedExpiry != null && !instants.contains(selectedExpiry)) {
            selectedExpiry = null;
        }
        int index = selectedExpiry == null ? 0 : instants.indexOf(selectedExpiry) + 1;
        if (instants.equals(offeredExpiries) && labels.equals(offeredLabels)
                && expiries.getSelectionModel().getSelectedIndex() == index) {
            return;
        }
        updatingExpiries = true;
        try {
            if (!labels.equals(offeredLabels)) {
                expiries.getItems().setAll(labels);
            }
            expiries.getSelectionModel().select(index);
        } finally {
            updatingExpiries = false;
        }
        offeredExpiries = List.copyOf(instants);
        offeredLabels = List.copyOf(labels);
    }

    /** Shows one expiry alone ({@code null}: all of them), as picking it in the selector does; for tests. */
    public void selectExpiry(Instant expiry) {
        int i = expiry == null ? 0 : offeredExpiries.indexOf(expiry) + 1;
        if (i >= 0) {
            expiries.getSelectionModel().select(i);
        }
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
