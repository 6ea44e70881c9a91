package com.hedgeflow.views.hedging;

import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.fx.FigureCell;
import javafx.scene.control.TableColumn;

/** Column factory for {@link FigureRow} tables: header, cell index, width, and whether it is a number. */
final class Columns {
    private Columns() {
    }

    static <R extends FigureRow> TableColumn<R, Figure> of(String header, int index, double width, boolean number) {
        TableColumn<R, Figure> c = new TableColumn<>(header);
        c.setCellValueFactory(d -> d.getValue().cell(index));
        c.setCellFactory(col -> {
            FigureCell<R> cell = new FigureCell<>();
            if (number) {
                cell.getStyleClass().add("hf-num");
            }
            return cell;
        });
        if (number) {
            c.getStyleClass().add("hf-num");
        }
        c.setPrefWidth(width);
        // The constrained policy would squeeze figures into "138,2..."; past the minimums the table scrolls instead.
        c.setMinWidth(width);
        c.setSortable(false); // the hedger's order is the queue's order; sorting would hide which is next
        return c;
    }
}
