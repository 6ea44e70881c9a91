package com.hedgeflow.views.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.scenario.ScenarioMatrix;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.Books;
import com.hedgeflow.views.skew.VolBooks;
import java.time.Instant;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScenarioScreenTest {

    private static MarketAnalytics analytics;
    private ScenarioScreen screen;

    @BeforeAll
    static void revalue() {
        analytics = VolBooks.analytics(VolBooks.T0, VolBooks.cleanSkew());
    }

    @Start
    void start(Stage stage) {
        screen = new ScenarioScreen(Theme.DARK.palette());
        Scene scene = new Scene((Parent) screen.node(), 1400, 800);
        scene.getStylesheets().addAll(Theme.DARK.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theMapShowsTheBooksPnlNowWithTheUnmovedCellAtZero(FxRobot robot) {
        render(robot, VolBooks.snapshot(analytics), VolBooks.T0);

        HeatMapModel model = screen.model();
        assertSame(analytics.scenarios(), model.matrix());
        assertEquals("$0", model.current().text());
        assertFalse(screen.chart().canvas().showsPlaceholder());
        assertTrue(screen.chart().canvas().paints() > 0);
        assertEquals("Vol dynamics: sticky strike \u2014 each option keeps its own strike's vol when the index moves",
                label(robot, "#scenario-dynamics"));
        assertTrue(label(robot, "#scenario-method").startsWith("Own book, USD, every option fully revalued"));

        ScenarioMatrix now = analytics.scenarios();
        double worst = Double.POSITIVE_INFINITY;
        for (int j = 0; j < 9; j++) {
            for (int k = 0; k < 9; k++) {
                worst = Math.min(worst, now.pnlUsd(j, k));
            }
        }
        assertEquals(CompactUsd.signed(worst), label(robot, "#scenario-worst"));
        Labeled worstLabel = robot.lookup("#scenario-worst").queryAs(Labeled.class);
        assertTrue(worstLabel.getPseudoClassStates().contains(PseudoClass.getPseudoClass("down")));
        assertEquals(Color.web(Theme.DARK.palette().down()), worstLabel.getTextFill());
        assertEquals(model.location(model.worst()), label(robot, "#scenario-worst-note"));
        // The neighbours of the unmoved cell: index -5% / +5% and vol -5 / +5 points (grid indices 3 and 5).
        assertEquals(CompactUsd.signed(now.pnlUsd(3, 4)), label(robot, "#scenario-index-step-down"));
        assertEquals(CompactUsd.signed(now.pnlUsd(5, 4)), label(robot, "#scenario-index-step-up"));
        assertEquals(CompactUsd.signed(now.pnlUsd(4, 3)), label(robot, "#scenario-vol-step-down"));
        assertEquals(CompactUsd.signed(now.pnlUsd(4, 5)), label(robot, "#scenario-vol-step-up"));
        assertEquals("vol -5 / +5 vp, index unchanged", label(robot, "#scenario-vol-step-note"));
        // One day of decay with nothing else moving: the rolled matrix's unmoved cell.
        assertEquals(CompactUsd.signed(analytics.scenariosRolled().pnlUsd(4, 4)), label(robot, "#scenario-decay"));
        assertEquals("\u00b1" + CompactUsd.unsigned(HeatMapModel.maxAbs(now, analytics.scenariosRolled())),
                label(robot, "#scenario-scale"));
        assertEquals("analytics 14:03:22.4 UTC", label(robot, "#scenario-as-of"));
    }

    @Test
    void theToggleShowsTheBookRolledOneDayOnTheSameColourScale(FxRobot robot) {
        render(robot, VolBooks.snapshot(analytics), VolBooks.T0);
        double scale = screen.model().scaleMaxAbs();
        long paints = screen.chart().canvas().paints();
        ToggleButton rolled = robot.lookup("#scenario-mode-rolled").queryAs(ToggleButton.class);
        assertEquals("Rolled +1 day", rolled.getText());

        robot.clickOn(rolled);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rolled.isSelected());
        assertSame(analytics.scenariosRolled(), screen.model().matrix());
        assertEquals(scale, screen.model().scaleMaxAbs(), 0, "colours stay comparable across the toggle");
        assertEquals(CompactUsd.signed(analytics.scenariosRolled().pnlUsd(4, 4)), screen.model().current().text());
        assertTrue(screen.chart().canvas().paints() > paints);
        assertTrue(label(robot, "#scenario-roll-note").startsWith("Every expiry 1 day closer"));

        // Clicking the selected view again keeps it: one view is always on.
        robot.clickOn(rolled);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rolled.isSelected());

        robot.clickOn("#scenario-mode-now");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(analytics.scenarios(), screen.model().matrix());
    }

    @Test
    void theMapRedrawsOnlyWhenTheAnalyticsChange(FxRobot robot) {
        render(robot, VolBooks.snapshot(analytics), VolBooks.T0);
        long paints = screen.chart().canvas().paints();
        render(robot, VolBooks.snapshot(analytics), VolBooks.T0.plusMillis(250));
        render(robot, VolBooks.snapshot(analytics), VolBooks.T0.plusMillis(500));
        assertEquals(paints, screen.chart().canvas().paints());

        MarketAnalytics next = VolBooks.analytics(VolBooks.T0.plusSeconds(1), VolBooks.cleanSkew());
        render(robot, VolBooks.snapshot(next), VolBooks.T0.plusSeconds(1));
        assertEquals(paints + 1, screen.chart().canvas().paints());
        assertSame(next.scenarios(), screen.model().matrix());
    }

    @Test
    void withoutAnalyticsItSaysItIsWaiting(FxRobot robot) {
        render(robot, Books.first(), Books.T0);
        assertTrue(screen.chart().canvas().showsPlaceholder());
        assertEquals("Waiting for analytics\u2026", screen.chart().canvas().waitingText());
        assertEquals("\u2014", label(robot, "#scenario-worst"));
        assertEquals("", label(robot, "#scenario-dynamics"));
    }

    private void render(FxRobot robot, RiskSnapshot snapshot, Instant now) {
        robot.interact(() -> screen.render(snapshot, now));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
