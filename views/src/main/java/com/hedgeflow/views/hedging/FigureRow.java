package com.hedgeflow.views.hedging;

import com.hedgeflow.views.format.Figure;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A table line keyed by an id, its cells held as pre-formatted figures. The row object survives refreshes (javafx.md
 * §5.2): only cells whose text changed fire, so a pulse with nothing new costs no layout and keeps the selection.
 */
class FigureRow {
    private final String key;
    private final List<ObjectProperty<Figure>> cells = new ArrayList<>();

    FigureRow(String key, int columns) {
        this.key = key;
        for (int i = 0; i < columns; i++) {
            cells.add(new SimpleObjectProperty<>(Figure.BLANK));
        }
    }

    String key() {
        return key;
    }

    ObjectProperty<Figure> cell(int column) {
        return cells.get(column);
    }

    void update(List<Figure> figures) {
        for (int i = 0; i < figures.size(); i++) {
            if (!figures.get(i).equals(cells.get(i).get())) {
                cells.get(i).set(figures.get(i));
            }
        }
    }
}
