package com.hedgeflow.views.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.Books;
import com.hedgeflow.views.positions.PositionRow;
import eu.hansolo.tilesfx.Tile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WorkstationViewTest {

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
    void theTableShowsEveryPositionFormatted(FxRobot robot) {
        render(robot, Books.first(), Books.T0);

        TableView<PositionRow> table = robot.lookup("#positions-table").queryTableView();
        assertEquals(List.of("BTC-PERPETUAL", "BTC-27JUN25-70000-C", "BTC-27JUN25-90000-C"),
                table.getItems().stream().map(PositionRow::instrument).collect(Collectors.toList()));

        List<List<String>> shown = visibleRows(robot, table);
        assertEquals(List.of("deribit", "BTC-PERPETUAL", "-150,000 USD", "$60,012.50", "", "-2.5000", "-$150,000"),
                shown.get(0));
        assertEquals(List.of("deribit", "BTC-27JUN25-70000-C", "10.0 BTC", "0.0523", "62.0", "+3.0120", "+$180,720"),
                shown.get(1));
        assertEquals(List.of("deribit", "BTC-27JUN25-90000-C", "-5.0 BTC", "\u2014", "\u2014", "\u2014", "\u2014"),
                shown.get(2));
        assertEquals("\u0394 BTC (prem-adj)", table.getColumns().get(5).getText());

        TableCell<?, ?> longDelta = cellWithText(robot, "+3.0120");
        TableCell<?, ?> shortDelta = cellWithText(robot, "-2.5000");
        assertTrue(longDelta.getPseudoClassStates().contains(PseudoClass.getPseudoClass("up")));
        assertTrue(shortDelta.getPseudoClassStates().contains(PseudoClass.getPseudoClass("down")));
        assertEquals(Color.web(Theme.DARK.palette().up()), longDelta.getTextFill(), "CSS colours long delta");
        assertEquals(Color.web(Theme.DARK.palette().down()), shortDelta.getTextFill());
        assertTrue(longDelta.getStyleClass().contains("hf-num"));
    }

    @Test
    void rowsSurviveTheNextSnapshot(FxRobot robot) {
        render(robot, Books.first(), Books.T0);
        TableView<PositionRow> table = robot.lookup("#positions-table").queryTableView();
        List<PositionRow> before = List.copyOf(table.getItems());

        render(robot, Books.second(), Books.T0.plusSeconds(1));

        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), table.getItems().get(i));
        }
        assertEquals("-300,000 USD", visibleRows(robot, table).get(0).get(2));
    }

    @Test
    void theNetDeltaTileShowsCoinAndUsdAndFollowsTheNextSnapshot(FxRobot robot) {
        render(robot, Books.first(), Books.T0);
        Tile tile = robot.lookup("#net-delta-BTC").query();
        assertEquals(0.512, tile.getValue(), 1e-12);
        assertEquals(0.512, tile.getCurrentValue(), 1e-12, "no animation in flight");
        assertEquals("BTC", tile.getUnit());
        assertEquals("+$30,720", tile.getDescription());
        assertTrue(texts(robot, tile).contains("+0.5120"), "the tile draws four decimals: " + texts(robot, tile));
        assertTrue(tile.getText().contains("1 unpriced"), tile.getText());
        assertEquals(Color.web(Theme.DARK.palette().up()), tile.getValueColor());

        render(robot, Books.second(), Books.T0.plusSeconds(1));
        double net = 3.012 - 300_000.0 / 60_500;
        assertEquals(net, tile.getValue(), 1e-12);
        assertEquals("-$117,774", tile.getDescription()); // -1.946678 BTC at 60,500
        assertTrue(texts(robot, tile).contains("-1.9467"), texts(robot, tile).toString());
        assertEquals(Color.web(Theme.DARK.palette().down()), tile.getValueColor());
    }

    @Test
    void theStatusBarShowsEachFeedAndHowOldItsLastMessageIs(FxRobot robot) {
        render(robot, Books.first(), Books.T0);
        Node feed = robot.lookup("#feed-deribit").query();
        assertEquals("deribit", label(robot, ".hf-feed-venue"));
        assertEquals(Books.ENDPOINT, label(robot, ".hf-feed-endpoint"));
        assertEquals("CONNECTED", label(robot, ".hf-feed-state"));
        assertEquals("42 ms", label(robot, ".hf-feed-latency"));
        assertEquals("last msg 0.2 s ago", label(robot, ".hf-feed-age"));
        assertTrue(feed.getPseudoClassStates().contains(PseudoClass.getPseudoClass("connected")));
        Label age = robot.lookup(".hf-feed-age").queryAs(Label.class);
        assertFalse(age.getPseudoClassStates().contains(PseudoClass.getPseudoClass("stale")));
        assertEquals("snapshot 14:03:22.4 UTC  \u00b7  seq 1,234", label(robot, "#snapshot-time"));

        // No new snapshot, but time moves on: the age keeps growing and turns to the warning colour.
        render(robot, Books.first(), Books.T0.plusMillis(3_000));
        assertEquals("last msg 3.2 s ago", label(robot, ".hf-feed-age"));
        assertTrue(age.getPseudoClassStates().contains(PseudoClass.getPseudoClass("stale")));
        assertEquals(Color.web(Theme.DARK.palette().warn()), age.getTextFill());

        RiskSnapshot s = Books.first();
        RiskSnapshot reconnecting = new RiskSnapshot(s.timestamp(), s.sequence() + 1, s.underlyings(), s.positions(),
                s.deltaBuckets(), List.of(Books.feed(FeedState.RECONNECTING, -1)), Map.of(), List.of());
        render(robot, reconnecting, Books.T0);
        assertEquals("RECONNECTING", label(robot, ".hf-feed-state"));
        assertEquals("\u2014 ms", label(robot, ".hf-feed-latency"));
        assertEquals("no msg yet", label(robot, ".hf-feed-age"));
        assertFalse(feed.getPseudoClassStates().contains(PseudoClass.getPseudoClass("connected")));
        assertTrue(feed.getPseudoClassStates().contains(PseudoClass.getPseudoClass("reconnecting")));
    }

    @Test
    void theHeaderNamesTheAppAndTheIndex(FxRobot robot) {
        render(robot, Books.first(), Books.T0);
        assertEquals("Hedgeflow", label(robot, "#app-name"));
        assertEquals("60,000.00", label(robot, "#index-BTC"));
    }

    @Test
    void renderRefusesToRunOffTheFxThread() {
        assertThrows(IllegalStateException.class, () -> view.render(Books.first(), Instant.now()));
    }

    private void render(FxRobot robot, RiskSnapshot snapshot, Instant now) {
        robot.interact(() -> view.render(snapshot, now));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<List<String>> visibleRows(FxRobot robot, TableView<PositionRow> table) {
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

    private static Set<String> texts(FxRobot robot, Node root) {
        return robot.from(root).lookup((Node n) -> n instanceof Text).queryAll().stream()
                .map(n -> ((Text) n).getText())
                .collect(Collectors.toSet());
    }
}
