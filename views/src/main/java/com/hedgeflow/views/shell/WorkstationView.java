package com.hedgeflow.views.shell;

import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.delta.NetDeltaRail;
import com.hedgeflow.views.fx.SnapshotView;
import com.hedgeflow.views.positions.PositionsTable;
import com.hedgeflow.views.status.StatusBarView;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The workstation window's content: header, net-delta tiles, positions blotter, feed status bar.
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
    private final NetDeltaRail netDelta;
    private final PositionsTable positions = new PositionsTable();
    private final StatusBarView status = new StatusBarView();
    private final List<SnapshotView> parts;

    public WorkstationView(Theme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.netDelta = new NetDeltaRail(theme.palette());
        this.parts = List.of(header, netDelta, positions, status);

        Label positionsTitle = new Label("POSITIONS");
        positionsTitle.getStyleClass().add("hf-section-title");
        VBox positionsPane = new VBox(positionsTitle, positions.node());
        VBox.setVgrow(positions.node(), Priority.ALWAYS);
        HBox.setHgrow(positionsPane, Priority.ALWAYS);

        HBox body = new HBox(netDelta.node(), positionsPane);
        body.getStyleClass().add("hf-body");

        root.getStyleClass().add("hf-workstation");
        root.setPrefSize(PREF_WIDTH, PREF_HEIGHT);
        root.setTop(header.node());
        root.setCenter(body);
        root.setBottom(status.node());
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

    /** Draws one snapshot; {@code now} is the wall time the ages on screen are measured against. */
    public void render(RiskSnapshot snapshot, Instant now) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("WorkstationView.render must run on the FX thread; use SnapshotPump");
        }
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(now, "now");
        for (SnapshotView part : parts) {
            part.render(snapshot, now);
        }
    }
}
