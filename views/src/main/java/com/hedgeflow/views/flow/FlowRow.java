package com.hedgeflow.views.flow;

import com.hedgeflow.views.format.Figure;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One line of the key-moves table, kept for the life of the table; only its figures change. */
public final class FlowRow {

    private final ReadOnlyObjectWrapper<Figure> move = new ReadOnlyObjectWrapper<>(this, "move", Figure.BLANK);
    private final ReadOnlyObjectWrapper<Figure> index = new ReadOnlyObjectWrapper<>(this, "index", Figure.BLANK);
    private final ReadOnlyObjectWrapper<Figure> own = new ReadOnlyObjectWrapper<>(this, "own", Figure.BLANK);
    private final ReadOnlyObjectWrapper<Figure> market = new ReadOnlyObjectWrapper<>(this, "market", Figure.BLANK);

    void update(FlowMove m) {
        set(move, Figure.signed(m.shift(), m.move()));
        set(index, Figure.neutral(m.index()));
        set(own, m.own());
        set(market, m.market());
    }

    void clear() {
        set(move, Figure.BLANK);
        set(index, Figure.BLANK);
        set(own, Figure.BLANK);
        set(market, Figure.BLANK);
    }

    private static void set(ReadOnlyObjectWrapper<Figure> p, Figure f) {
        if (!f.equals(p.get())) {
            p.set(f);
        }
    }

    public ReadOnlyObjectProperty<Figure> moveProperty() {
        return move.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> ownProperty() {
        return own.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> marketProperty() {
        return market.getReadOnlyProperty();
    }
}
