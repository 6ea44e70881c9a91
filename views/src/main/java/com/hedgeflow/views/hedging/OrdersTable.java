package com.hedgeflow.views.hedging;

import com.hedgeflow.engine.orders.Order;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** Orders not finished yet (sent, partly filled, in doubt), one line per client order id. */
final class OrdersTable {
    private final KeyedRows<Order, FigureRow> rows = new KeyedRows<>(
            Order::clientOrderId, id -> new FigureRow(id, 9), BlotterFormat::order);
    private final TableView<FigureRow> table = new TableView<>(rows.rows());

    OrdersTable() {
        table.setId("orders-table");
        table.getStyleClass().add("hf-blotter-table");
        table.setPlaceholder(new Label("No working orders"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.of("CLIENT ID", 0, 200, false),
                Columns.of("INSTRUMENT", 1, 150, false),
                Columns.of("VENUE", 2, 80, false),
                Columns.of("SIDE", 3, 60, false),
                Columns.of("SIZE", 4, 90, true),
                Columns.of("FILLED", 5, 90, true),
                Columns.of("LIMIT", 6, 100, true),
                Columns.of("STATE", 7, 130, false),
                Columns.of("NOTE", 8, 300, false)));
    }

    TableView<FigureRow> node() {
        return table;
    }

    void render(List<Order> open) {
        rows.sync(open);
    }
}
