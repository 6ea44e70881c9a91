package com.hedgeflow.views.hedging;

import com.hedgeflow.views.format.Figure;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Keeps a table's rows in step with a list of items by key, reusing row objects so selections survive. */
final class KeyedRows<T, R extends FigureRow> {
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final Function<T, String> key;
    private final Function<String, R> create;
    private final Function<T, List<Figure>> figures;

    KeyedRows(Function<T, String> key, Function<String, R> create, Function<T, List<Figure>> figures) {
        this.key = key;
        this.create = create;
        this.figures = figures;
    }

    ObservableList<R> rows() {
        return rows;
    }

    /** Rows follow {@code items}' order; new ones are added, gone ones removed, the rest only updated. */
    void sync(List<T> items) {
        Map<String, R> existing = new LinkedHashMap<>();
        rows.forEach(r -> existing.put(r.key(), r));
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String k = key.apply(item);
            keys.add(k);
            R row = existing.get(k);
            if (row == null) {
                row = create.apply(k);
                rows.add(Math.min(i, rows.size()), row);
            }
            row.update(figures.apply(item));
        }
        rows.removeIf(r -> !keys.contains(r.key()));
    }
}
