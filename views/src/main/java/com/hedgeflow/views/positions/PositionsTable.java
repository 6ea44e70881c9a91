package com.hedgeflow.views.positions;

import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.fx.FigureCell;
import com.hedgeflow.views.fx.SnapshotView;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The positions blotter: one row per venue and instrument, numbers right-aligned in tabular digits,
 * delta coloured by sign.
 *
 * <p>Columns do not sort: rows stay in the engine's book order (underlying, perpetuals, then options by
 * expiry and strike), which is how a trader reads a vol book; and the cells hold formatted text, which
 * would sort "-10" before "-2".
 */
public final class PositionsTable implements SnapshotView {

    static final String NUMBER_CLASS = "hf-num";

    private final PositionsModel model = new PositionsModel();
    private final TableView<PositionRow> table = new TableView<>(model.rows());
    private final TableColumn<PositionRow, Figure> deltaCoin;

    public PositionsTable() {
        table.setId("positions-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No positions"));

        TableColumn<PositionRow, String> venue = textColumn("Venue", PositionRow::venue, 90);
        venue.getStyleClass().add("hf-venue");
        TableColumn<PositionRow, String> instrument = textColumn("Instrument", PositionRow::instrument, 210);
        deltaCoin = figureColumn(deltaHeader(null), PositionRow::deltaCoinProperty, 130);
        table.getColumns().setAll(List.of(
                venue,
                instrument,
                figureColumn("Size", PositionRow::sizeProperty, 140),
                figureColumn("Mark", PositionRow::markProperty, 120),
                figureColumn("IV", PositionRow::ivProperty, 70),
                deltaCoin,
                figureColumn("\u0394 USD", PositionRow::deltaUsdProperty, 130)));
        deltaCoin.setId("delta-coin-column");
    }

    public TableView<PositionRow> node() {
        return table;
    }

    public PositionsModel model() {
        return model;
    }

    @Override
    public void render(RiskSnapshot snapshot, Instant now) {
        if (model.apply(snapshot.positions())) {
            deltaCoin.setText(deltaHeader(model.singleUnderlying()));
        }
    }

    /** Premium-adjusted is the coin-numeraire delta Deribit reports; the header says so, not a footnote. */
    static String deltaHeader(String underlying) {
        return "\u0394 " + (underlying == null ? "coin" : underlying) + " (prem-adj)";
    }

    private static TableColumn<PositionRow, String> textColumn(String title, Function<PositionRow, String> value,
                                                               double width) {
        TableColumn<PositionRow, String> column = new TableColumn<>(title);
        // Venue and instrument never change for a row: a constant wrapper, no listener traffic.
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())).getReadOnlyProperty());
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<PositionRow, Figure> figureColumn(
            String title, Function<PositionRow, ReadOnlyObjectProperty<Figure>> property, double width) {
        TableColumn<PositionRow, Figure> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(c -> new FigureCell<>());
        column.getStyleClass().add(NUMBER_CLASS);
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        return column;
    }
}
