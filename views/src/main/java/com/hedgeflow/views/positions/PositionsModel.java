package com.hedgeflow.views.positions;

import com.hedgeflow.engine.risk.PositionRisk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of the positions table, one per venue and instrument, in the engine's book order
 * (underlying, then perpetuals and futures, then options by expiry and strike).
 *
 * <p>The list itself changes only when the set or order of positions changes; every other snapshot
 * only updates row properties. FX thread only.
 */
public final class PositionsModel {

    private final ObservableList<PositionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PositionRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Map<String, PositionRow> byKey = new HashMap<>();
    private final Set<String> underlyings = new LinkedHashSet<>();

    public ObservableList<PositionRow> rows() {
        return readOnlyRows;
    }

    /** Underlyings present in the book, in book order; changes only with the set of positions. */
    public Set<String> underlyings() {
        return Collections.unmodifiableSet(underlyings);
    }

    /** @return whether the set or order of rows changed */
    public boolean apply(List<PositionRisk> positions) {
        boolean sameLayout = positions.size() == rows.size();
        for (int i = 0; i < positions.size(); i++) {
            PositionRisk p = positions.get(i);
            PositionRow row = byKey.get(PositionRow.keyOf(p));
            if (row == null) {
                row = new PositionRow(p.venue(), p.instrument());
                byKey.put(row.key(), row);
                sameLayout = false;
            } else if (sameLayout && rows.get(i) != row) {
                sameLayout = false;
            }
            row.update(p);
        }
        if (!sameLayout) {
            relayout(positions);
        }
        return !sameLayout;
    }

    private void relayout(List<PositionRisk> positions) {
        Map<String, PositionRow> kept = new HashMap<>();
        List<PositionRow> ordered = new ArrayList<>(positions.size());
        underlyings.clear();
        for (PositionRisk p : positions) {
            String key = PositionRow.keyOf(p);
            // A duplicate line in a snapshot would show twice in a TableView and confuse selection.
            if (!kept.containsKey(key)) {
                PositionRow row = byKey.get(key);
                kept.put(key, row);
                ordered.add(row);
                underlyings.add(p.underlying());
            }
        }
        byKey.keySet().retainAll(kept.keySet());
        rows.setAll(ordered);
    }

    /** The underlying whose coin the delta column is in, or {@code null} when the book mixes several. */
    public String singleUnderlying() {
        return underlyings.size() == 1 ? underlyings.iterator().next() : null;
    }
}
