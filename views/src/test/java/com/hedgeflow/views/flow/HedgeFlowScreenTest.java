package com.hedgeflow.views.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.exposure.HedgeFlowProfile;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.Books;
import com.hedgeflow.views.chart.ChartCanvas;
import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.gamma.ExposureBooks;
import java.time.Instant;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HedgeFlowScreenTest {

    private HedgeFlowScreen screen;

    @Start
    void start(Stage stage) {
        screen = new HedgeFlowScreen(Theme.DARK.palette());
        Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1300, 760);
        scene.getStylesheets().addAll(Theme.DARK.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void rendersTheFlowTableTheConventionAndTheDepthNote(FxRobot robot) {
        MarketAnalytics a = ExposureBooks.analytics(ExposureBooks.strangle(), Books.T0);
        HedgeFlowProfile p = a.hedgeFlow();
        render(robot, ExposureBooks.snapshot(a), Books.T0);

        assertEquals("Hedge flow", screen.title());
        assertEquals("order-book depth: not available from this venue feed yet", label(robot, "#flow-depth-note"));
        assertTrue(label(robot, "#flow-convention").startsWith("Sign: positive = buy the underlying, negative = sell."));
        assertTrue(label(robot, "#flow-convention").contains("dealers long calls, short puts"));
        assertEquals("BTC", robot.lookup("#flow-unit-coin").queryAs(ToggleButton.class).getText());

        TableView<FlowRow> table = robot.lookup("#flow-table").queryTableView();
        assertEquals(10, table.getItems().size());
        assertEquals("Own book, BTC", table.getColumns().get(2).getText());
        FlowRow top = table.getItems().get(0);
        assertEquals("+20%", top.moveProperty().get().text());
        assertEquals(TraderFormat.signed(p.ownHedgeCoin(p.points() - 1), 2), top.ownProperty().get().text());
        assertTrue(robot.lookup(".table-cell").match(n -> n instanceof Labeled l && "+20%".equals(l.getText()))
                .tryQuery().isPresent(), "the cell is on screen");

        robot.clickOn("#flow-unit-usd");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Own book, USD", table.getColumns().get(2).getText());
        assertEquals(TraderFormat.signedUsd(p.marketHedgeUsd(0)), table.getItems().get(9).marketProperty().get().text());
        assertTrue(robot.lookup("#flow-unit-usd").queryAs(ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#flow-unit-coin").queryAs(ToggleButton.class).isSelected());

        // Clicking the selected unit again keeps it selected: there is always one unit.
        robot.clickOn("#flow-unit-usd");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#flow-unit-usd").queryAs(ToggleButton.class).isSelected());
        assertEquals(FlowUnit.USD, screen.model().unit());
    }

    @Test
    void redrawsForNewAnalyticsOrUnitOnly(FxRobot robot) {
        MarketAnalytics a = ExposureBooks.analytics(ExposureBooks.strangle(), Books.T0);
        render(robot, ExposureBooks.snapshot(a), Books.T0);
        ChartCanvas chart = robot.lookup("#flow-chart").queryAs(ChartCanvas.class);
        long drawn = chart.redraws();
        render(robot, ExposureBooks.snapshot(a), Books.T0.plusMillis(250));
        assertEquals(drawn, chart.redraws(), "same analytics, same pixels");
        robot.interact(() -> screen.choose(FlowUnit.USD));
        assertEquals(drawn + 1, chart.redraws());
    }

    @Test
    void waitsForAnalytics(FxRobot robot) {
        render(robot, Books.first(), Books.T0);
        assertEquals("waiting for analytics\u2026", label(robot, "#flow-as-of"));
        assertEquals(Figure.BLANK, robot.lookup("#flow-table").queryTableView().getItems().stream()
                .map(r -> ((FlowRow) r).ownProperty().get()).findFirst().orElseThrow());
        assertNotNull(robot.lookup("#flow-depth-note").query());
    }

    private void render(FxRobot robot, RiskSnapshot snapshot, Instant now) {
        robot.interact(() -> screen.render(snapshot, now));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
