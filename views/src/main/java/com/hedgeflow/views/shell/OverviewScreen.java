package com.hedgeflow.views.shell;

import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.delta.NetDeltaRail;
import com.hedgeflow.views.positions.PositionsTable;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The first screen: net-delta tiles beside the positions. */
final class OverviewScreen implements Screen {
    private final NetDeltaRail netDelta;
    private final PositionsTable positions = new PositionsTable();
    private final HBox body;

    OverviewScreen(Palette palette) {
        netDelta = new NetDeltaRail(palette);
        Label positionsTitle = new Label("POSITIONS");
        positionsTitle.getStyleClass().add("hf-section-title");
        VBox positionsPane = new VBox(positionsTitle, positions.node());
        VBox.setVgrow(positions.node(), Priority.ALWAYS);
        HBox.setHgrow(positionsPane, Priority.ALWAYS);
        body = new HBox(netDelta.node(), positionsPane);
        body.getStyleClass().add("hf-body");
    }

    @Override
    public String title() {
        return "Overview";
    }

    @Override
    public Node node() {
        return body;
    }

    @Override
    public void render(RiskSnapshot snapshot, Instant now) {
        netDelta.render(snapshot, now);
        positions.render(snapshot, now);
    }
}
