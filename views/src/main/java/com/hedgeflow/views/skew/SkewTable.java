package com.hedgeflow.views.skew;

import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.fx.FigureCell;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * One row per expiry: days, forward, ATM vol, 25-delta risk reversal and butterfly (vol points), the SVI fit's
 * RMSE and flags, and why a number is missing. Selecting a row brings its curve forward on the smile chart.
 * Rows stay in expiry order; columns do not sort (the cells hold formatted text).
 */
final class SkewTable {

    static final String NUMBER_CLASS = "hf-num";
    private static final double ROW_HEIGHT = 28;
    private static final double HEADER_HEIGHT = 32;

    private final SkewTableModel model = new SkewTableModel();
    private final TableView<SkewRow> table = new TableView<>(model.rows());

    SkewTable(Consumer<Instant> selected) {
        table.setId("skew-table");
        table.getStyleClass().add("hf-skew-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(SmileChart.WAITING));
        table.getColumns().setAll(List.of(
                column("Expiry", SkewRow::labelProperty, c -> new SkewCells.ExpiryCell(), 100, false),
                figure("Days", SkewRow::daysProperty, 64),
                figure("Quotes", SkewRow::quotesProperty, 70),
                figure("Forward", SkewRow::forwardProperty, 110),
                figure("ATM vol (vp)", SkewRow::atmProperty, 100),
                figure("25\u0394 RR (vp)", SkewRow::riskReversalProperty, 100),
                figure("25\u0394 BF (vp)", SkewRow::butterflyProperty, 100),
                figure("SVI RMSE (vp)", SkewRow::rmseProperty, 110),
                column("SVI flags", SkewRow::flagsProperty, c -> new SkewCells.FlagsCell(), 190, false),
                column("Note", SkewRow::noteProperty, c -> new SkewCells.NoteCell(), 260, false)));
        table.getSelectionModel().selectedItemProperty().addListener(
                (o, was, is) -> selected.accept(is == null ? null : is.expiry()));
        model.rows().addListener((ListChangeListener<SkewRow>) c -> fitHeight());
        fitHeight();
    }

    TableView<SkewRow> node() {
        return table;
    }

    SkewTableModel model() {
        return model;
    }

    void show(List<SkewLine> lines) {
        model.apply(lines);
    }

    void clear() {
        model.clear();
    }

    /** Tall enough for every expiry (a chain has a handful to a dozen), so the charts get the rest. */
    private void fitHeight() {
        int shown = Math.max(2, Math.min(model.rows().size(), 12));
        table.setPrefHeight(HEADER_HEIGHT + shown * ROW_HEIGHT + 4);
        table.setMinHeight(HEADER_HEIGHT + 2 * ROW_HEIGHT + 4);
    }

    private static TableColumn<SkewRow, Figure> figure(String title,
                                                       Function<SkewRow, ObservableValue<Figure>> value,
                                                       double width) {
        return column(title, value, c -> new FigureCell<>(), width, true);
    }

    private static <T> TableColumn<SkewRow, T> column(String title, Function<SkewRow, ObservableValue<T>> value,
                                                      Callback<TableColumn<SkewRow, T>, TableCell<SkewRow, T>> cell,
                                                      double width, boolean number) {
        TableColumn<SkewRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setCellFactory(cell);
        if (number) {
            column.getStyleClass().add(NUMBER_CLASS);
        }
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        return column;
    }
}
