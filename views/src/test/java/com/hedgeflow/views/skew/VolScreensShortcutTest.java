package com.hedgeflow.views.skew;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.shell.WorkstationView;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The skew and scenario screens inside the workstation, reached with Ctrl+their number. */
@ExtendWith(ApplicationExtension.class)
class VolScreensShortcutTest {

    private WorkstationView view;

    @Start
    void start(Stage stage) {
        view = new WorkstationView(Theme.DARK);
        Scene scene = new Scene(view.root(), WorkstationView.PREF_WIDTH, WorkstationView.PREF_HEIGHT);
        scene.getStylesheets().addAll(view.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void ctrlAndTheScreensNumberBringEachVolScreenOnViewDrawn(FxRobot robot) {
        RiskSnapshot snapshot = VolBooks.snapshot(VolBooks.analytics(VolBooks.T0, VolBooks.cleanSkew()));
        robot.interact(() -> view.render(snapshot, VolBooks.T0));
        assertFalse(robot.lookup("#skew-screen").tryQuery().isPresent(), "the overview is on view first");

        // Numbers follow the screen bar's order, which grows as screens are added: look them up by title.
        int skew = view.screenTitles().indexOf("Skew") + 1;
        int scenarios = view.screenTitles().indexOf("Scenarios") + 1;
        assertTrue(skew > 1 && scenarios > skew, view.screenTitles().toString());

        press(robot, skew);
        Node skewScreen = robot.lookup("#skew-screen").query();
        assertTrue(skewScreen.isVisible());
        assertTrue(robot.lookup("#screen-tab-" + skew).queryAs(ToggleButton.class).isSelected());
        // Drawn at once from the last snapshot, without waiting for the next one.
        TableView<?> table = robot.lookup("#skew-table").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertFalse(robot.lookup("#smile-canvas").queryAs(PlotCanvas.class).showsPlaceholder());

        press(robot, scenarios);
        assertTrue(robot.lookup("#scenario-screen").query().isVisible());
        assertFalse(robot.lookup("#skew-screen").tryQuery().isPresent());
        assertTrue(robot.lookup("#screen-tab-" + scenarios).queryAs(ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#scenario-canvas").queryAs(PlotCanvas.class).showsPlaceholder());
    }

    private static void press(FxRobot robot, int number) {
        KeyCode digit = KeyCode.valueOf("DIGIT" + number);
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
