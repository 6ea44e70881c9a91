package com.hedgeflow.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.app.wiring.Workstation;
import com.hedgeflow.app.wiring.WorkstationOptions;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import com.hedgeflow.styles.Theme;
import eu.hansolo.tilesfx.Tile;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole thin path with a real window: embedded simulator → Deribit connector over loopback → engine →
 * the screen. The tile must show a net delta the engine actually published, and keep following it.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationWindowTest {
    private final Set<Double> publishedNetDeltas = ConcurrentHashMap.newKeySet();
    private final WorkstationApp app = new WorkstationApp();
    private Workstation workstation;

    @Start
    void start(Stage stage) throws Exception {
        workstation = Workstation.start(WorkstationOptions.simulator(11), Map.of());
        workstation.engine().addListener(s -> {
            UnderlyingRisk btc = s.underlying("BTC");
            if (btc != null && btc.unpricedCount() == 0) {
                publishedNetDeltas.add(btc.netDeltaCoin());
            }
        });
        app.show(stage, workstation, Theme.DARK);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void netDeltaTileShowsWhatTheEngineComputedAndFollowsIt(FxRobot robot) throws Exception {
        // The tile appears with the first snapshot that knows the underlying.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#net-delta-BTC").tryQuery().isPresent());
        Tile tile = robot.lookup("#net-delta-BTC").queryAs(Tile.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> publishedNetDeltas.contains(tile.getValue()));
        double first = tile.getValue();
        assertTrue(tile.getDescription().contains("$"), "USD value under the coin figure: " + tile.getDescription());

        // The simulated index moves every 100 ms, so a live tile shows another published value soon after.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> tile.getValue() != first && publishedNetDeltas.contains(tile.getValue()));
        assertNotEquals(first, tile.getValue());
    }

    @Test
    void positionsAndStatusComeFromTheVenue(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !workstation.engine().latest().positions().isEmpty()
                        && table.getItems().size() == workstation.engine().latest().positions().size());
        Label state = robot.lookup("#feed-simulator .hf-feed-state").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "CONNECTED".equals(state.getText()));
        Label age = robot.lookup("#feed-simulator .hf-feed-age").queryAs(Label.class);
        assertTrue(age.getText().startsWith("last msg"), age.getText());
        assertEquals("Hedgeflow", ((Stage) table.getScene().getWindow()).getTitle());
    }
}
