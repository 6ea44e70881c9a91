package com.hedgeflow.views.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.hedging.IntentResult;
import com.hedgeflow.engine.hedging.KillSwitchState;
import com.hedgeflow.engine.orders.checks.CheckReport;
import com.hedgeflow.engine.orders.checks.CheckResult;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.Books;
import com.hedgeflow.views.shell.WorkstationView;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The blotter and the hedging strip against a fake desk: what is shown, and which intent each click sends. */
@ExtendWith(ApplicationExtension.class)
class BlotterScreenTest {
    private final FakeDesk desk = new FakeDesk();
    private WorkstationView view;

    @Start
    void start(Stage stage) {
        view = new WorkstationView(Theme.DARK, desk);
        Scene scene = new Scene(view.root(), WorkstationView.PREF_WIDTH, WorkstationView.PREF_HEIGHT);
        scene.getStylesheets().addAll(view.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBlotterIsScreenSixAndShowsAWaitingProposal(FxRobot robot) {
        assertEquals("Blotter", view.screenTitles().get(5));
        desk.status = FakeDesk.status(HedgeMode.MANUAL, "", KillSwitchState.OFF,
                List.of(FakeDesk.proposal("p-1", FakeDesk.passed())), List.of(FakeDesk.working("hf-c-1")));
        openBlotter(robot);

        TableView<?> proposals = robot.lookup("#proposals-table").queryTableView();
        assertEquals(1, proposals.getItems().size());
        assertTrue(robot.lookup("#approve-p-1").tryQuery().isPresent(), "each line has its Approve button");
        List<String> cells = texts(robot, "#proposals-table");
        assertTrue(cells.contains("SELL"), cells.toString());
        assertTrue(cells.contains("150,000 USD"), cells.toString());
        assertTrue(cells.contains("BTC-PERPETUAL"), cells.toString());
        assertTrue(cells.contains("59,950.00"), cells.toString());
        assertTrue(cells.contains("+3.700 \u2192 +1.200"), cells.toString());
        assertTrue(cells.contains("30 s"), "expiry countdown: " + cells);
        assertTrue(cells.stream().anyMatch(c -> c.contains("all 2 checks passed")), cells.toString());

        assertEquals(1, robot.lookup("#orders-table").queryTableView().getItems().size());
        assertTrue(texts(robot, "#orders-table").contains("hf-c-1"));
        assertEquals("1 proposal waiting \u00B7 1 working", robot.lookup("#hedge-queue").queryAs(Label.class).getText());
    }

    @Test
    void approveSendsTheIdAndAKeyRejects(FxRobot robot) throws TimeoutException {
        desk.status = FakeDesk.status(HedgeMode.MANUAL, "", KillSwitchState.OFF,
                List.of(FakeDesk.proposal("p-1", FakeDesk.passed())), List.of());
        openBlotter(robot);

        robot.clickOn("#approve-p-1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message(robot).startsWith("Approved"));
        assertTrue(desk.calls.contains("approve p-1 false"), desk.calls.toString());
        assertTrue(message(robot).contains("order sent"), message(robot));

        robot.clickOn("#proposals-table .table-row-cell");
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> desk.calls.contains("reject p-1"));
    }

    @Test
    void softBlocksAskForConfirmationAndApproveAnywayConfirmsThem(FxRobot robot) throws TimeoutException {
        CheckReport soft = new CheckReport(List.of(CheckResult.soft("PT-05", "fat finger", "size 3x the usual")));
        desk.status = FakeDesk.status(HedgeMode.MANUAL, "", KillSwitchState.OFF,
                List.of(FakeDesk.proposal("p-1", FakeDesk.passed())), List.of());
        desk.approveAnswer = confirm -> confirm
                ? new IntentResult(IntentResult.Outcome.DONE, "p-1", "order sent", null)
                : new IntentResult(IntentResult.Outcome.NEEDS_CONFIRMATION, "p-1", soft.summary(), soft);
        openBlotter(robot);

        robot.clickOn("#approve-p-1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#approve-anyway").query().isVisible());
        assertTrue(texts(robot, "#soft-block-confirm").stream().anyMatch(t -> t.contains("size 3x the usual")));

        robot.clickOn("#approve-anyway");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> desk.calls.contains("approve p-1 true"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message(robot).startsWith("Approved"));
        assertFalse(robot.lookup("#soft-block-confirm").query().isVisible());
    }

    @Test
    void aBlockedApprovalSaysWhy(FxRobot robot) throws TimeoutException {
        desk.status = FakeDesk.status(HedgeMode.MANUAL, "", KillSwitchState.OFF,
                List.of(FakeDesk.proposal("p-1", FakeDesk.passed())), List.of());
        desk.approveAnswer = confirm -> new IntentResult(IntentResult.Outcome.BLOCKED, "p-1",
                "PT-12 stale data: BTC-PERPETUAL mark 4.1 s old", null);
        openBlotter(robot);
        robot.clickOn("#approve-p-1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message(robot).startsWith("BLOCKED"));
        assertTrue(message(robot).contains("stale data"), message(robot));
    }

    @Test
    void theKillSwitchEngagesFromCtrlKAndShowsWhoAndWhy(FxRobot robot) throws TimeoutException {
        render(robot);
        assertTrue(robot.lookup("#kill-switch").query().isVisible());
        robot.clickOn("#screen-bar"); // focus inside the window: the shortcut is read by the view's key filter
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> desk.calls.contains("kill " + HedgingStrip.KILL_REASON));
        render(robot);
        Label state = robot.lookup("#kill-state").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, state::isVisible);
        assertTrue(state.getText().startsWith("KILLED by alice: " + HedgingStrip.KILL_REASON), state.getText());
        assertFalse(robot.lookup("#kill-switch").query().isVisible());

        // Resume asks first; only the confirmation reaches the hedger.
        robot.clickOn("#kill-resume");
        assertFalse(desk.calls.contains("resume"));
        robot.clickOn("#kill-resume-confirm");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> desk.calls.contains("resume"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#kill-switch").query().isVisible());
    }

    @Test
    void theKillButtonEngagesToo(FxRobot robot) throws TimeoutException {
        render(robot);
        robot.clickOn("#kill-switch");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> desk.calls.contains("kill " + HedgingStrip.KILL_REASON));
    }

    @Test
    void theModeSwitchShowsTheHedgersModeAndAsksForAChange(FxRobot robot) throws TimeoutException {
        desk.status = FakeDesk.status(HedgeMode.MANUAL, "too many auto hedges: 6 in 10 min", KillSwitchState.OFF,
                List.of(), List.of());
        render(robot);
        assertTrue(toggle(robot, "#mode-manual").isSelected());
        assertEquals("Semi-auto off: too many auto hedges: 6 in 10 min",
                robot.lookup("#auto-off-reason").queryAs(Label.class).getText());

        robot.clickOn("#mode-semi-auto");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> desk.calls.contains("setMode SEMI_AUTO"));
        // The click alone does not move the switch: the hedger's status does.
        assertTrue(toggle(robot, "#mode-manual").isSelected());
        desk.status = FakeDesk.status(HedgeMode.SEMI_AUTO, "", KillSwitchState.OFF, List.of(), List.of());
        render(robot);
        assertTrue(toggle(robot, "#mode-semi-auto").isSelected());
        assertFalse(toggle(robot, "#mode-manual").isSelected());
        assertFalse(robot.lookup("#auto-off-reason").query().isVisible());
    }

    @Test
    void theAuditSearchQueriesTheDesk(FxRobot robot) throws TimeoutException {
        desk.auditLines = List.of(
                new AuditEntry(FakeDesk.T0, "ORDER_SENT", "BTC p-1", "alice", "sent hf-c-1"),
                new AuditEntry(FakeDesk.T0, "MODE_CHANGED", "", "alice", "OFF -> MANUAL"));
        openBlotter(robot);
        TableView<?> audit = robot.lookup("#audit-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> audit.getItems().size() == 2);
        robot.clickOn("#audit-search").write("MANUAL");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> audit.getItems().size() == 1);
        assertTrue(desk.calls.contains("audit MANUAL"), desk.calls.toString());
    }

    private void openBlotter(FxRobot robot) {
        robot.interact(() -> view.show(5));
        render(robot);
    }

    private void render(FxRobot robot) {
        robot.interact(() -> view.render(Books.first(), FakeDesk.T0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#blotter-message").queryAs(Label.class).getText();
    }

    private static ToggleButton toggle(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ToggleButton.class);
    }

    /** Every text drawn under a node (labels and table cells), walking the scene graph as laid out. */
    private static List<String> texts(FxRobot robot, String parent) {
        List<String> out = new java.util.ArrayList<>();
        collect(robot.lookup(parent).query(), out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l.getText());
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
