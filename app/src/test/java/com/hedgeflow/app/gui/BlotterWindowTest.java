package com.hedgeflow.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.app.wiring.VenueChoice;
import com.hedgeflow.app.wiring.Workstation;
import com.hedgeflow.app.wiring.WorkstationOptions;
import com.hedgeflow.engine.analytics.AnalyticsSettings;
import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.styles.Theme;
import eu.hansolo.tilesfx.Tile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hedge path through the window on the real parts: the simulator's demo book sits outside the ±1 BTC band, the
 * hedger in manual mode proposes, the trader opens the blotter with Ctrl+6 and clicks Approve, the simulator fills
 * the IOC, and the net-delta tile comes back to the band edge.
 */
@ExtendWith(ApplicationExtension.class)
class BlotterWindowTest {
    private final WorkstationApp app = new WorkstationApp();
    private Workstation workstation;

    @Start
    void start(Stage stage) throws Exception {
        workstation = Workstation.start(new WorkstationOptions(List.of(VenueChoice.SIM), null, 42,
                AnalyticsSettings.DEFAULT, HedgeMode.MANUAL), Map.of());
        app.show(stage, workstation, Theme.DARK);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void approvingTheProposalOnTheBlotterFillsAndBringsTheTileIntoTheBand(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#net-delta-BTC").tryQuery().isPresent());
        Tile tile = robot.lookup("#net-delta-BTC").queryAs(Tile.class);
        assertTrue(robot.lookup("#mode-manual").queryAs(ToggleButton.class).isSelected(), "the strip shows MANUAL");

        robot.clickOn("#screen-bar");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        TableView<?> proposals = robot.lookup("#proposals-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> proposals.getItems().size() == 1);
        assertTrue(Math.abs(tile.getValue()) > 1.0, "the demo book starts outside the band: " + tile.getValue());

        approveTheWaitingProposal(robot);
        // Only the screen on view is drawn: back on the Overview, the tile follows the engine again.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);

        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                HedgerStatus s = workstation.hedger().status();
                return s.openOrders().isEmpty() && Math.abs(tile.getValue()) <= 1.05;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not hedged: tile " + tile.getValue() + ", engine "
                    + workstation.engine().latest().underlying("BTC").netDeltaCoin() + ", open "
                    + workstation.hedger().status().openOrders() + ", message "
                    + robot.lookup("#blotter-message").queryAs(Label.class).getText() + ", audit "
                    + workstation.auditLog().recent(8), e);
        }
        assertTrue(workstation.hedger().status().openOrders().isEmpty());
        assertTrue(Math.abs(tile.getValue()) <= 1.05, "tile inside the band: " + tile.getValue());
    }

    /**
     * Clicks the line's Approve button, and "Approve anyway" when the checks ask for it. A proposal can expire or be
     * re-quoted between the look and the click; the hedger then proposes again, so the click is retried.
     */
    private void approveTheWaitingProposal(FxRobot robot) throws Exception {
        Label message = robot.lookup("#blotter-message").queryAs(Label.class);
        for (int attempt = 0; attempt < 3; attempt++) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> approveButton(robot).isPresent());
            robot.clickOn(approveButton(robot).orElseThrow());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Approved")
                    || message.getText().startsWith("Soft") || message.getText().matches("[A-Z_]+ .*"));
            if (message.getText().startsWith("Soft")) {
                robot.clickOn("#approve-anyway");
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !message.getText().startsWith("Approving"));
            }
            if (message.getText().startsWith("Approved")) {
                return;
            }
        }
        assertEquals("Approved", message.getText(), "the approval went through");
    }

    /** The Approve button of the proposal the hedger has waiting now, once its line is drawn. */
    private Optional<Node> approveButton(FxRobot robot) {
        HedgerStatus s = workstation.hedger().status();
        if (s == null || s.pending().isEmpty()) {
            return Optional.empty();
        }
        String id = "approve-" + s.pending().get(0).proposal().id();
        return robot.lookup((Node n) -> id.equals(n.getId()) && n.isVisible()).tryQuery();
    }
}
