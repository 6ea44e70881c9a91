package com.hedgeflow.views.gamma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.analytics.ExpiryExposure;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.Books;
import com.hedgeflow.views.chart.ChartCanvas;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.shell.WorkstationView;
import java.time.Instant;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GammaScreenTest {

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
    void ctrl2BringsTheGammaScreen(FxRobot robot) {
        assertEquals("Gamma", view.screenTitles().get(1));
        assertEquals("Hedge flow", view.screenTitles().get(2));
        assertTrue(robot.lookup("#gamma-screen").tryQuery().isEmpty(), "starts on the overview");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Node screen = robot.lookup("#gamma-screen").query();
        assertTrue(screen.isVisible() && screen.getScene() != null);
        assertTrue(robot.lookup("#screen-tab-2").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void rendersASnapshotWithItsLevelsTotalsAndConvention(FxRobot robot) {
        MarketAnalytics a = ExposureBooks.analytics(ExposureBooks.strangle(), Books.T0);
        robot.interact(() -> view.show(1));
        render(robot, Books.first(), Books.T0);
        assertEquals("waiting for analytics\u2026", label(robot, "#gamma-as-of"), "no analytics yet");

        render(robot, ExposureBooks.snapshot(a), Books.T0);

        assertEquals("All expiries", robot.lookup("#gamma-expiries").queryComboBox().getValue());
        assertEquals("positioning: dealers long calls, short puts", label(robot, "#gamma-positioning"));
        assertEquals("105,000", label(robot, "#gamma-level-call-wall"));
        assertEquals("+5%", label(robot, "#gamma-level-call-wall-distance"));
        assertEquals("95,000", label(robot, "#gamma-level-put-wall"));
        assertEquals(TraderFormat.fixed(a.gamma().marketFlip().levelUsd().getAsDouble(), 0),
                label(robot, "#gamma-level-flip-market"));
        assertEquals(TraderFormat.signedUsd(a.exposure().market().gexUsdPer1Pct()),
                label(robot, "#gamma-market-gex"));
        assertEquals(TraderFormat.signedUsd(a.exposure().own().gexUsdPer1Pct()), label(robot, "#gamma-own-gex"));
        assertEquals("analytics 14:03:22.4 UTC", label(robot, "#gamma-as-of"));

        Labeled ownGex = robot.lookup("#gamma-own-gex").queryAs(Labeled.class);
        // The tone is a pseudo-class that exposure.css colours. The colour itself is not asserted: run as
        // `mvn test -pl views`, the styles jar comes from the local repository and may predate exposure.css.
        assertTrue(ownGex.getPseudoClassStates().contains(PseudoClass.getPseudoClass("up")));
    }

    @Test
    void redrawsOnlyForNewAnalytics(FxRobot robot) {
        robot.interact(() -> view.show(1));
        MarketAnalytics first = ExposureBooks.analytics(ExposureBooks.strangle(), Books.T0);
        render(robot, ExposureBooks.snapshot(first), Books.T0);
        ChartCanvas bars = robot.lookup("#gamma-bars-chart").queryAs(ChartCanvas.class);
        ChartCanvas profile = robot.lookup("#gamma-profile-chart").queryAs(ChartCanvas.class);
        long barsBefore = bars.redraws();
        long profileBefore = profile.redraws();
        assertTrue(barsBefore > 0 && profileBefore > 0, "drawn once laid out");

        // The next snapshots carry the same analytics (they refresh once a second, snapshots ten times).
        render(robot, ExposureBooks.snapshot(first), Books.T0.plusMillis(250));
        render(robot, ExposureBooks.snapshot(first), Books.T0.plusMillis(500));
        assertEquals(barsBefore, bars.redraws());
        assertEquals(profileBefore, profile.redraws());

        MarketAnalytics next = ExposureBooks.analytics(ExposureBooks.callsOnly(), Books.T0.plusSeconds(1));
        render(robot, ExposureBooks.snapshot(next), Books.T0.plusSeconds(1));
        assertEquals(barsBefore + 1, bars.redraws());
        assertEquals("no flip in \u00b125%", label(robot, "#gamma-level-flip-market"));
        assertEquals("no gamma", label(robot, "#gamma-level-flip-own"));

        // A resize redraws from the same model.
        long beforeResize = bars.redraws();
        robot.interact(() -> robot.window(0).setWidth(robot.window(0).getWidth() - 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bars.redraws() > beforeResize, "a narrower window redraws");
    }

    @Test
    void theExpirySelectorSwitchesEveryFigureAndSurvivesSnapshots(FxRobot robot) {
        robot.interact(() -> view.show(1));
        MarketAnalytics a = ExposureBooks.analytics(ExposureBooks.twoExpiries(), Books.T0);
        ExpiryExposure far = a.byExpiry().get(1);
        render(robot, ExposureBooks.snapshot(a), Books.T0);
        ComboBox<String> box = robot.lookup("#gamma-expiries").queryComboBox();
        assertEquals(List.of("All expiries", GammaModel.expiryLabel(a.byExpiry().get(0)), "25SEP25 \u00b7 146d"),
                box.getItems());
        assertEquals(TraderFormat.signedUsd(a.exposure().market().gexUsdPer1Pct()), label(robot, "#gamma-market-gex"));
        assertEquals("105,000", label(robot, "#gamma-level-call-wall"));
        ChartCanvas bars = robot.lookup("#gamma-bars-chart").queryAs(ChartCanvas.class);
        long drawn = bars.redraws();

        robot.interact(() -> box.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(TraderFormat.signedUsd(far.exposure().market().gexUsdPer1Pct()),
                label(robot, "#gamma-market-gex"));
        assertEquals(TraderFormat.signedUsd(far.exposure().own().gexUsdPer1Pct()), label(robot, "#gamma-own-gex"));
        assertEquals("120,000", label(robot, "#gamma-level-call-wall"));
        assertEquals("80,000", label(robot, "#gamma-level-put-wall"));
        assertEquals("MARKET  \u00b7  25SEP25 \u00b7 146d", label(robot, "#gamma-market-title"));
        assertTrue(bars.redraws() > drawn, "the bars follow the choice");

        // The next analytics run keeps the choice, by instant.
        MarketAnalytics next = ExposureBooks.analytics(ExposureBooks.twoExpiries(), Books.T0.plusSeconds(1));
        render(robot, ExposureBooks.snapshot(next), Books.T0.plusSeconds(1));
        assertEquals("analytics 14:03:23.4 UTC", label(robot, "#gamma-as-of"));
        assertEquals(2, box.getSelectionModel().getSelectedIndex());
        assertEquals(TraderFormat.signedUsd(next.expiry(far.expiry()).exposure().market().gexUsdPer1Pct()),
                label(robot, "#gamma-market-gex"));
        assertEquals("120,000", label(robot, "#gamma-level-call-wall"));

        // An expiry that is gone falls back to all expiries.
        MarketAnalytics nearOnly = ExposureBooks.analytics(ExposureBooks.strangle(), Books.T0.plusSeconds(2));
        render(robot, ExposureBooks.snapshot(nearOnly), Books.T0.plusSeconds(2));
        assertEquals("All expiries", box.getValue());
        assertEquals(2, box.getItems().size());
        assertEquals("105,000", label(robot, "#gamma-level-call-wall"));
        assertEquals(TraderFormat.signedUsd(nearOnly.exposure().market().gexUsdPer1Pct()),
                label(robot, "#gamma-market-gex"));
        assertEquals("MARKET", label(robot, "#gamma-market-title"));
    }

    @Test
    void aSnapshotWithoutAnalyticsWaitsAndShowsNoStaleFigures(FxRobot robot) {
        robot.interact(() -> view.show(1));
        render(robot, ExposureBooks.snapshot(ExposureBooks.analytics(ExposureBooks.strangle(), Books.T0)), Books.T0);
        assertEquals("105,000", label(robot, "#gamma-level-call-wall"));

        render(robot, RiskSnapshot.EMPTY, Instant.EPOCH);
        assertEquals(0, robot.lookup("#gamma-underlying").queryComboBox().getItems().size());
        assertEquals("waiting for analytics\u2026", label(robot, "#gamma-as-of"));
        assertEquals("\u2014", label(robot, "#gamma-level-call-wall"));
        assertEquals("\u2014", label(robot, "#gamma-market-gex"));
    }

    private void render(FxRobot robot, RiskSnapshot snapshot, Instant now) {
        robot.interact(() -> view.render(snapshot, now));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
