package com.hedgeflow.views.positions;

import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.risk.PositionRisk;
import com.hedgeflow.views.format.Figure;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One line of the positions table, kept for as long as the position exists.
 *
 * <p>The table holds on to these objects and only their properties change, so a snapshot costs a few
 * property writes instead of a list rebuild (javafx.md §5.2). Each figure is re-formatted only when
 * the number behind it changed.
 */
public final class PositionRow {

    private final String key;
    private final String venue;
    private final String instrument;

    private final ReadOnlyObjectWrapper<Figure> size = new ReadOnlyObjectWrapper<>(this, "size", Figure.BLANK);
    private final ReadOnlyObjectWrapper<Figure> mark = new ReadOnlyObjectWrapper<>(this, "mark", Figure.BLANK);
    private final ReadOnlyObjectWrapper<Figure> iv = new ReadOnlyObjectWrapper<>(this, "iv", Figure.BLANK);
    private final ReadOnlyObjectWrapper<Figure> deltaCoin = new ReadOnlyObjectWrapper<>(this, "deltaCoin", Figure.BLANK);
    private final ReadOnlyObjectWrapper<Figure> deltaUsd = new ReadOnlyObjectWrapper<>(this, "deltaUsd", Figure.BLANK);

    // What the figures were formatted from; NaN never equals NaN, hence Double.compare below.
    private double shownSize = Double.NaN;
    private double shownUnitDelta = Double.NaN;
    private InstrumentKind shownKind;
    private double shownMark = Double.NaN;
    private double shownIv = Double.NaN;
    private double shownDeltaCoin = Double.NaN;
    private double shownDeltaUsd = Double.NaN;
    private boolean first = true;

    PositionRow(String venue, String instrument) {
        this.key = keyOf(venue, instrument);
        this.venue = venue;
        this.instrument = instrument;
    }

    /** The same instrument name can exist on two venues; the pair is the identity. */
    static String keyOf(String venue, String instrument) {
        return venue + '\u0000' + instrument;
    }

    static String keyOf(PositionRisk p) {
        return keyOf(p.venue(), p.instrument());
    }

    void update(PositionRisk p) {
        boolean all = first || p.kind() != shownKind;
        if (all || changed(shownSize, p.size()) || changed(shownUnitDelta, p.unitDelta())) {
            size.set(PositionFigures.size(p));
        }
        if (all || changed(shownMark, p.markPrice())) {
            mark.set(PositionFigures.mark(p));
        }
        if (all || changed(shownIv, p.markIv())) {
            iv.set(PositionFigures.iv(p));
        }
        if (all || changed(shownDeltaCoin, p.deltaCoin())) {
            deltaCoin.set(PositionFigures.deltaCoin(p));
        }
        if (all || changed(shownDeltaUsd, p.deltaUsd())) {
            deltaUsd.set(PositionFigures.deltaUsd(p));
        }
        first = false;
        shownKind = p.kind();
        shownSize = p.size();
        shownUnitDelta = p.unitDelta();
        shownMark = p.markPrice();
        shownIv = p.markIv();
        shownDeltaCoin = p.deltaCoin();
        shownDeltaUsd = p.deltaUsd();
    }

    private static boolean changed(double shown, double now) {
        return Double.compare(shown, now) != 0;
    }

    public String key() {
        return key;
    }

    public String venue() {
        return venue;
    }

    public String instrument() {
        return instrument;
    }

    public ReadOnlyObjectProperty<Figure> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> markProperty() {
        return mark.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> ivProperty() {
        return iv.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> deltaCoinProperty() {
        return deltaCoin.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> deltaUsdProperty() {
        return deltaUsd.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return venue + ' ' + instrument;
    }
}
