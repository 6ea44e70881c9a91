package com.hedgeflow.views.skew;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The skew table's rows, one per expiry, nearest first. The list changes only when an expiry is listed or rolls
 * off; every other update only sets cell values. FX thread only.
 */
final class SkewTableModel {

    private final ObservableList<SkewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SkewRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Map<Instant, SkewRow> byExpiry = new HashMap<>();

    public ObservableList<SkewRow> rows() {
        return readOnlyRows;
    }

    /** @return whether rows were added, removed or reordered */
    boolean apply(List<SkewLine> lines) {
        boolean sameLayout = lines.size() == rows.size();
        List<SkewRow> ordered = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SkewLine line = lines.get(i);
            SkewRow row = byExpiry.computeIfAbsent(line.expiry(), SkewRow::new);
            row.update(line);
            ordered.add(row);
            sameLayout &= i < rows.size() && rows.get(i) == row;
        }
        if (!sameLayout) {
            byExpiry.keySet().retainAll(lines.stream().map(SkewLine::expiry).toList());
            rows.setAll(ordered);
        }
        return !sameLayout;
    }

    void clear() {
        byExpiry.clear();
        rows.clear();
    }
}
