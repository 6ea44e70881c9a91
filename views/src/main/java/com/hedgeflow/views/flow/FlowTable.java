package com.hedgeflow.views.flow;

import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.fx.FigureCell;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The hedge at ±1, 2, 5, 10 and 20%: ten fixed rows, largest rally on top, buy green and sell red. */
final class FlowTable {

    private final List<FlowRow> rows = new ArrayList<>();
    private final TableView<FlowRow> table = new TableView<>();
    private final TableColumn<FlowRow, Figure> own;
    private final TableColumn<FlowRow, Figure> market;

    FlowTable() {
        for (int i = 0; i < HedgeFlowModel.KEY_MOVES.length; i++) {
            rows.add(new FlowRow());
        }
        table.setItems(FXCollections.observableArrayList(rows));
        table.setId("flow-table");
        table.getStyleClass().add("hf-flow-table");
        table.setPlaceholder(new Label("waiting for analytics\u2026"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFocusTraversable(false);
        own = column("Own book", FlowRow::ownProperty, 120);
        market = column("Dealers", FlowRow::marketProperty, 140);
        table.getColumns().setAll(List.of(column("Move", FlowRow::moveProperty, 64),
                column("Index", FlowRow::indexProperty, 86), own, market));
        // Ten rows always fit: no scrolling, so the table is sized to them.
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * rows.size() + 34);
        table.setMinHeight(26 * rows.size() + 34);
    }

    TableView<FlowRow> node() {
        return table;
    }

    void show(HedgeFlowModel m) {
        List<FlowMove> moves = m.moves();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).update(moves.get(i));
        }
        if (!m.ownHeader().equals(own.getText())) {
            own.setText(m.ownHeader());
            market.setText(m.marketHeader());
        }
    }

    /** Empty rows while there is nothing to show, rather than the last underlying's numbers. */
    void clear() {
        rows.forEach(FlowRow::clear);
    }

    private static TableColumn<FlowRow, Figure> column(String title,
                                                       Function<FlowRow, ReadOnlyObjectProperty<Figure>> property,
                                                       double width) {
        TableColumn<FlowRow, Figure> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> property.apply(cell.getValue()));
        c.setCellFactory(x -> new FigureCell<>());
        c.getStyleClass().add("hf-num");
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(width);
        return c;
    }
}
