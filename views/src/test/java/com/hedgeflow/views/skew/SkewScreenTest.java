package com.hedgeflow.views.skew;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.analytics.SkewReport;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.Books;
import com.hedgeflow.views.format.TraderFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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
class SkewScreenTest {

    private static SkewReport mixed;
    private SkewScreen screen;

    @BeforeAll
    static void fit() {
        mixed = VolBooks.mixedSkew();
    }

    @Start
    void start(Stage stage) {
        screen = new SkewScreen(Theme.DARK.palette());
        Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1400, 800);
        scene.getStylesheets().addAll(Theme.DARK.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theTableShowsEveryExpirysSkewInVolPoints(FxRobot robot) {
        render(robot, VolBooks.snapshot(VolBooks.analytics(VolBooks.T0, mixed)), VolBooks.T0);

        List<List<String>> rows = visibleRows(robot, screen.table().node());
        assertEquals(5, rows.size());
        assertEquals(List.of("9MAY25", "6.7", "21", "60,000.00", "55.1", "-2.75", "+0.58", "0.00", "clean", ""),
                rows.get(0));
        String noisyRmse = TraderFormat.fixed(mixed.expiries().get(2).fit().rmseVolPoints(), 2);
        assertEquals(List.of("30MAY25", "28", "21", "60,000.00",
                        TraderFormat.volPoints(mixed.expiries().get(2).metrics().atmVol()),
                        TraderFormat.signed(mixed.expiries().get(2).metrics().riskReversalVolPoints(), 2),
                        TraderFormat.signed(mixed.expiries().get(2).metrics().butterflyVolPoints(), 2),
                        noisyRmse, "POOR FIT", ""),
                rows.get(2));
        List<String> thin = rows.get(1);
        assertEquals(List.of("16MAY25", "14", "3", "60,000.00", "\u2014", "\u2014", "\u2014"), thin.subList(0, 7));
        assertEquals("TOO FEW POINTS", thin.get(8));
        assertTrue(thin.get(9).contains("25-delta strike lies beyond the quoted smile"), thin.get(9));
        assertEquals("BUTTERFLY ARB", rows.get(4).get(8));

        TableCell<?, ?> flagged = cellWithText(robot, "POOR FIT");
        assertTrue(flagged.getPseudoClassStates().contains(PseudoClass.getPseudoClass("flagged")));
        assertEquals(Color.web(Theme.DARK.palette().warn()), flagged.getTextFill());
        TableCell<?, ?> rr = cellWithText(robot, "-2.75");
        assertEquals(Color.web(Theme.DARK.palette().down()), rr.getTextFill(), "puts over calls: a negative RR");
    }

    @Test
    void theLegendBadgesFlaggedFitsWithTheirRmseAndTheConventionsAreWritten(FxRobot robot) {
        render(robot, VolBooks.snapshot(VolBooks.analytics(VolBooks.T0, mixed)), VolBooks.T0);

        List<String> entries = robot.from(screen.smileChart().legend()).lookup(".hf-legend-label").queryAll()
                .stream().map(n -> ((Labeled) n).getText()).collect(Collectors.toList());
        assertEquals(List.of("9MAY25  6.7d", "16MAY25  14d", "30MAY25  28d", "27JUN25  56d", "24APR26  357d"),
                entries);
        List<String> badges = robot.from(screen.smileChart().legend()).lookup(".hf-fit-badge").queryAll()
                .stream().map(n -> ((Labeled) n).getText()).collect(Collectors.toList());
        String noisyRmse = TraderFormat.fixed(mixed.expiries().get(2).fit().rmseVolPoints(), 2);
        assertEquals(List.of("\u26a0 TOO FEW POINTS \u00b7 RMSE 0.00 vp",
                "\u26a0 POOR FIT \u00b7 RMSE " + noisyRmse + " vp",
                "\u26a0 BUTTERFLY ARB \u00b7 RMSE 0.00 vp"), badges);

        assertTrue(label(robot, "#skew-convention").startsWith(
                "25\u0394 strikes by forward delta (Black-76), premium not included"));
        assertEquals("analytics 14:03:22.4 UTC", label(robot, "#skew-as-of"));
        assertEquals("Calendar arbitrage: 27JUN25 \u2192 24APR26 at k -1.50 to +0.90", label(robot, "#calendar-status"));
        Node calendar = robot.lookup("#calendar-status").query();
        assertTrue(calendar.getPseudoClassStates().contains(PseudoClass.getPseudoClass("arbitrage")));
        assertFalse(screen.smileChart().canvas().showsPlaceholder());
        assertFalse(screen.termChart().canvas().showsPlaceholder());
        assertTrue(screen.smileChart().canvas().paints() > 0);
        assertEquals("BTC", robot.lookup("#skew-underlying-BTC").queryAs(Labeled.class).getText());
    }

    @Test
    void chartsRedrawOnlyWhenTheAnalyticsChange(FxRobot robot) {
        MarketAnalytics first = VolBooks.analytics(VolBooks.T0, mixed);
        render(robot, VolBooks.snapshot(first), VolBooks.T0);
        long smile = screen.smileChart().canvas().paints();
        long term = screen.termChart().canvas().paints();

        // The same analytics again, later and in a newer snapshot: nothing to draw.
        render(robot, VolBooks.snapshot(first), VolBooks.T0.plusMillis(250));
        render(robot, VolBooks.snapshot(VolBooks.analytics(VolBooks.T0, mixed)), VolBooks.T0.plusMillis(500));
        assertEquals(smile, screen.smileChart().canvas().paints());
        assertEquals(term, screen.termChart().canvas().paints());

        render(robot, VolBooks.snapshot(VolBooks.analytics(VolBooks.T0.plusSeconds(1), VolBooks.cleanSkew())),
                VolBooks.T0.plusSeconds(1));
        // New analytics paint again (and the legend's new height may resize the canvas: one more paint).
        assertTrue(screen.smileChart().canvas().paints() > smile);
        assertTrue(screen.termChart().canvas().paints() > term);
        long afterUpdate = screen.smileChart().canvas().paints();
        assertEquals(2, screen.table().node().getItems().size());
        assertTrue(label(robot, "#calendar-status").startsWith("No calendar arbitrage"));

        // A resize repaints from the model already built.
        robot.interact(() -> robot.window(0).setWidth(1200));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screen.smileChart().canvas().paints() > afterUpdate);
    }

    @Test
    void withoutAnalyticsItSaysItIsWaiting(FxRobot robot) {
        render(robot, Books.first(), Books.T0);
        assertTrue(screen.smileChart().canvas().showsPlaceholder());
        assertEquals("Waiting for analytics\u2026", screen.smileChart().canvas().waitingText());
        assertTrue(robot.lookup(".hf-plot-waiting").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("Waiting for analytics\u2026")));
        assertTrue(screen.table().node().getItems().isEmpty());

        MarketAnalytics noQuotes = VolBooks.analytics(VolBooks.T0, SkewReport.EMPTY);
        render(robot, VolBooks.snapshot(noQuotes), VolBooks.T0);
        assertEquals("No option quotes for BTC yet", screen.termChart().canvas().waitingText());
    }

    private void render(FxRobot robot, RiskSnapshot snapshot, Instant now) {
        robot.interact(() -> screen.render(snapshot, now));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static List<List<String>> visibleRows(FxRobot robot, TableView<?> table) {
        int columns = table.getColumns().size();
        List<TableCell<?, ?>> cells = robot.from(table).lookup(".table-row-cell .table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() != null && c.isVisible())
                .collect(Collectors.toList());
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.getItems().size(); r++) {
            String[] row = new String[columns];
            for (TableCell<?, ?> c : cells) {
                if (c.getIndex() == r) {
                    row[table.getColumns().indexOf(c.getTableColumn())] = c.getText() == null ? "" : c.getText();
                }
            }
            rows.add(List.of(row));
        }
        return rows;
    }

    private static TableCell<?, ?> cellWithText(FxRobot robot, String text) {
        return robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c && text.equals(c.getText()))
                .query();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
