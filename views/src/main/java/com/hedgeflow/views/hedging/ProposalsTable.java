package com.hedgeflow.views.hedging;

import com.hedgeflow.engine.hedging.PendingProposal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Proposals waiting for a person. Each line has its own Approve and Reject buttons; on the selected line Enter or A
 * approves and Delete or R rejects, so a trader can work the queue without the mouse.
 */
final class ProposalsTable {
    private Instant now = Instant.EPOCH; // the countdown's reference, set by each render before the rows sync
    private final KeyedRows<PendingProposal, FigureRow> rows = new KeyedRows<>(
            p -> p.proposal().id(), id -> new FigureRow(id, 12), p -> BlotterFormat.proposal(p, now));
    private final TableView<FigureRow> table = new TableView<>(rows.rows());
    private final Consumer<String> approve;
    private final Consumer<String> reject;

    ProposalsTable(Consumer<String> approve, Consumer<String> reject) {
        this.approve = approve;
        this.reject = reject;
        table.setId("proposals-table");
        table.getStyleClass().add("hf-blotter-table");
        table.setPlaceholder(new Label("No hedge waiting for approval"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(actions());
        table.getColumns().addAll(List.of(
                Columns.of("EXPIRES", 0, 80, true),
                Columns.of("UND.", 1, 62, false),
                Columns.of("SIDE", 2, 55, false),
                Columns.of("SIZE", 3, 110, true),
                Columns.of("INSTRUMENT", 4, 130, false),
                Columns.of("VENUE", 5, 85, false),
                Columns.of("LIMIT", 6, 105, true),
                Columns.of("NOTIONAL", 7, 95, true),
                Columns.of("EXP. COST", 8, 80, true),
                Columns.of("\u0394 BEFORE \u2192 AFTER", 9, 150, true),
                Columns.of("REASON", 10, 113, false),
                Columns.of("CHECKS", 11, 140, false)));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    TableView<FigureRow> node() {
        return table;
    }

    void render(List<PendingProposal> pending, Instant now) {
        this.now = now;
        rows.sync(pending);
        if (table.getSelectionModel().isEmpty() && !rows.rows().isEmpty()) {
            table.getSelectionModel().select(0); // the keys act on the oldest proposal without a click first
        }
    }

    private void onKey(KeyEvent e) {
        FigureRow selected = table.getSelectionModel().getSelectedItem();
        if (selected == null || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ENTER || code == KeyCode.A) {
            approve.accept(selected.key());
            e.consume();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE || code == KeyCode.R) {
            reject.accept(selected.key());
            e.consume();
        }
    }

    private TableColumn<FigureRow, FigureRow> actions() {
        TableColumn<FigureRow, FigureRow> c = new TableColumn<>("");
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new ActionCell());
        c.setPrefWidth(145);
        c.setMinWidth(145);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** Two buttons acting on the line's proposal id; ids carry it so tests and scripts can click a given line. */
    private final class ActionCell extends TableCell<FigureRow, FigureRow> {
        private final Button approveButton = new Button("Approve");
        private final Button rejectButton = new Button("Reject");
        private final HBox box = new HBox(approveButton, rejectButton);

        ActionCell() {
            approveButton.getStyleClass().add("hf-approve");
            rejectButton.getStyleClass().add("hf-reject");
            approveButton.setFocusTraversable(false);
            rejectButton.setFocusTraversable(false);
            approveButton.setMinWidth(Region.USE_PREF_SIZE); // "Appr..." is not a button a trader should guess at
            rejectButton.setMinWidth(Region.USE_PREF_SIZE);
            box.getStyleClass().add("hf-row-actions");
            approveButton.setOnAction(e -> approve.accept(getItem().key()));
            rejectButton.setOnAction(e -> reject.accept(getItem().key()));
        }

        @Override
        protected void updateItem(FigureRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            approveButton.setId("approve-" + row.key());
            rejectButton.setId("reject-" + row.key());
            setGraphic(box);
        }
    }
}
