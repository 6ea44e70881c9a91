package com.hedgeflow.views.shell;

import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.flow.HedgeFlowScreen;
import com.hedgeflow.views.gamma.GammaScreen;
import com.hedgeflow.views.hedging.BlotterScreen;
import com.hedgeflow.views.hedging.HedgerDesk;
import com.hedgeflow.views.hedging.HedgingStrip;
import com.hedgeflow.views.notify.AlertDetector;
import com.hedgeflow.views.notify.Notifier;
import com.hedgeflow.views.scenario.ScenarioScreen;
import com.hedgeflow.views.skew.SkewScreen;
import com.hedgeflow.views.status.StatusBarView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The workstation window's content: header, screen bar, the screen on view, feed status bar.
 *
 * <p>It only draws snapshots; it never reaches for data itself. The app hands it snapshots through a
 * {@link com.hedgeflow.views.fx.SnapshotPump}, which is why every method here runs on the FX thread.
 */
public final class WorkstationView {

    /** What the layout is designed for; the app may open larger or smaller. */
    public static final double PREF_WIDTH = 1400;
    public static final double PREF_HEIGHT = 900;

    private final Theme theme;
    private final BorderPane root = new BorderPane();
    private final HeaderBar header = new HeaderBar();
    private final StatusBarView status = new StatusBarView();
    private final HedgerDesk desk;
    private final HedgingStrip hedging;
    private final List<Screen> screens;
    private final ScreenBar screenBar;
    private final StackPane center = new StackPane();
    private final AlertDetector alerts = new AlertDetector();
    private final Notifier notifier;
    private int shown = -1;
    private RiskSnapshot lastSnapshot;
    private Instant lastNow;

    /** The analytics only, no hedger: previews and tests of the market screens. */
    public WorkstationView(Theme theme) {
        this(theme, null);
    }

    /**
     * With a hedger: the Blotter screen (Ctrl+6) and, above the screen bar on every screen, the mode switch and the
     * kill switch (Ctrl+K), so stopping the hedger never needs a screen change.
     */
    public WorkstationView(Theme theme, HedgerDesk desk) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.desk = desk;
        List<Screen> all = new ArrayList<>(List.of(
                new OverviewScreen(theme.palette()),
                new GammaScreen(theme.palette()),
                new HedgeFlowScreen(theme.palette()),
                new SkewScreen(theme.palette()),
                new ScenarioScreen(theme.palette())));
        if (desk != null) {
            all.add(new BlotterScreen(desk));
        }
        this.screens = List.copyOf(all);
        this.hedging = desk == null ? null : new HedgingStrip(desk);
        this.screenBar = new ScreenBar(screens, this::show);
        this.notifier = new Notifier(theme.palette(),
                () -> root.getScene() == null ? null : root.getScene().getWindow());

        root.getStyleClass().add("hf-workstation");
        root.setPrefSize(PREF_WIDTH, PREF_HEIGHT);
        VBox top = new VBox(header.node());
        if (hedging != null) {
            top.getChildren().add(hedging.node());
        }
        top.getChildren().add(screenBar.node());
        root.setTop(top);
        root.setCenter(center);
        root.setBottom(status.node());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        show(0);
    }

    public Parent root() {
        return root;
    }

    /** The theme's stylesheets, in order, for the app to add to the {@code Scene}. */
    public List<String> stylesheets() {
        return theme.stylesheets();
    }

    public Theme theme() {
        return theme;
    }

    /** Screen titles in shortcut order: Ctrl+1 shows the first. */
    public List<String> screenTitles() {
        return screens.stream().map(Screen::title).toList();
    }

    /** Puts a screen on view (0-based) and draws it at once with the last snapshot. */
    public void show(int index) {
        if (index < 0 || index >= screens.size() || index == shown) {
            screenBar.show(Math.max(shown, 0));
            return;
        }
        shown = index;
        center.getChildren().setAll(screens.get(index).node());
        screenBar.show(index);
        if (lastSnapshot != null) {
            screens.get(index).render(lastSnapshot, lastNow);
        }
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode().isDigitKey()) {
            int index = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (e.getCode().isKeypadKey()) {
                index = e.getCode().getCode() - KeyCode.NUMPAD1.getCode();
            }
            show(index);
            e.consume();
        } else if (hedging != null && e.isShortcutDown() && e.getCode() == KeyCode.K) {
            hedging.engageKill();
            e.consume();
        }
    }

    /** Draws one snapshot; {@code now} is the wall time the ages on screen are measured against. */
    public void render(RiskSnapshot snapshot, Instant now) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("WorkstationView.render must run on the FX thread; use SnapshotPump");
        }
        lastSnapshot = Objects.requireNonNull(snapshot, "snapshot");
        lastNow = Objects.requireNonNull(now, "now");
        header.render(snapshot, now);
        status.render(snapshot, now);
        HedgerStatus hedger = desk == null ? null : desk.status();
        if (hedging != null) {
            hedging.render(hedger);
        }
        screens.get(shown).render(snapshot, now);
        notifier.publish(alerts.detect(snapshot, hedger, now));
    }

    /** Feed, data and order alerts shown as notifications at the window's bottom right. */
    public Notifier notifier() {
        return notifier;
    }
}
