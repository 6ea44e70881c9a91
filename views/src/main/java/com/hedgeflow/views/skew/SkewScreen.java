package com.hedgeflow.views.skew;

import com.hedgeflow.engine.analytics.ExpirySkew;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.analytics.SkewCalculator;
import com.hedgeflow.engine.analytics.SkewReport;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.shell.Screen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The skew screen: the smile of every expiry (SVI fits, ATM and 25-delta points), the ATM term structure with the
 * calendar-arbitrage verdict, and a table of skew numbers per expiry, for one underlying at a time.
 *
 * <p>Analytics are recomputed about once a second while the screen is asked to render four times a second, so it
 * draws only when the analytics' timestamp (or the chosen underlying) changed; resizes repaint from the models
 * already built.
 */
public final class SkewScreen implements Screen {

    private final Palette palette;
    private final UnderlyingPicker picker = new UnderlyingPicker("skew-underlying", this::redraw);
    private final Label convention = new Label(SkewConventions.describe(SkewCalculator.CONVENTION));
    private final Label asOf = new Label();
    private final SmileChart smile;
    private final TermStructureChart term;
    private final SkewTable table;
    private final VBox body;
    private RiskSnapshot last;
    private MarketAnalytics shown;
    private boolean drawn;

    public SkewScreen(Palette palette) {
        this.palette = palette;
        smile = new SmileChart(palette);
        term = new TermStructureChart(palette);
        table = new SkewTable(smile::highlight);

        convention.setId("skew-convention");
        convention.getStyleClass().add("hf-convention");
        asOf.setId("skew-as-of");
        asOf.getStyleClass().addAll("hf-as-of", "hf-num");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(picker.node(), convention, spacer, asOf);
        header.getStyleClass().add("hf-vol-header");

        VBox smilePanel = panel("SMILES  \u00b7  implied vol (vol points) vs log-moneyness ln(K/F)  \u00b7  "
                + "SVI fit over the quoted strikes", smile.node());
        HBox.setHgrow(smilePanel, Priority.ALWAYS);
        VBox termPanel = panel("ATM TERM STRUCTURE  \u00b7  vol points vs days", term.node());
        termPanel.getStyleClass().add("hf-term-panel");
        HBox charts = new HBox(smilePanel, termPanel);
        charts.getStyleClass().add("hf-chart-row");
        VBox.setVgrow(charts, Priority.ALWAYS);

        Label tableTitle = new Label("EXPIRIES");
        tableTitle.getStyleClass().add("hf-section-title");
        body = new VBox(header, charts, new VBox(tableTitle, table.node()));
        body.getStyleClass().addAll("hf-body", "hf-vol-screen");
        body.setId("skew-screen");
        showWaiting(SmileChart.WAITING);
    }

    @Override
    public String title() {
        return "Skew";
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

    SmileChart smileChart() {
        return smile;
    }

    TermStructureChart termChart() {
        return term;
    }

    SkewTable table() {
        return table;
    }

    private void redraw() {
        if (last != null) {
            draw(last.analytics(picker.selected()));
        }
    }

    private void draw(MarketAnalytics analytics) {
        shown = analytics;
        drawn = true;
        SkewReport report = analytics == null ? null : analytics.skew();
        asOf.setText(analytics == null ? "" : "analytics " + TraderFormat.utcTime(analytics.asOf()));
        if (report == null || report.expiries().isEmpty()) {
            showWaiting(analytics == null ? SmileChart.WAITING
                    : "No option quotes for " + analytics.underlying() + " yet");
            return;
        }
        List<ExpirySkew> expiries = report.expiries();
        List<Color> colours = ExpiryColours.ramp(expiries.size(), palette);
        List<SkewLine> lines = new ArrayList<>(expiries.size());
        List<String> tooltips = new ArrayList<>(expiries.size());
        for (int i = 0; i < expiries.size(); i++) {
            lines.add(SkewLine.of(expiries.get(i), colours.get(i)));
            tooltips.add(FitQuality.explain(expiries.get(i).fit()));
        }
        convention.setText(SkewConventions.describe(SkewConventions.of(report)));
        smile.show(SmileChartModel.of(report, colours), tooltips);
        term.show(TermStructureModel.of(report, colours));
        table.show(lines);
    }

    private void showWaiting(String message) {
        smile.showWaiting(message);
        term.showWaiting(message);
        table.clear();
    }

    private static VBox panel(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("hf-panel-title");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox panel = new VBox(label, content);
        panel.getStyleClass().addAll("hf-panel", "hf-chart-panel");
        return panel;
    }
}
