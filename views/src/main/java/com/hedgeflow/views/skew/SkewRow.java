package com.hedgeflow.views.skew;

import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.skew.SkewLine.ExpiryLabel;
import com.hedgeflow.views.skew.SkewLine.FitFlags;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One row of the skew table, kept for as long as its expiry is listed; each update touches only the cells whose
 * text changed (javafx.md §5.2). FX thread only.
 */
final class SkewRow {

    private final Instant expiry;
    private final ReadOnlyObjectWrapper<ExpiryLabel> label = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Figure> days = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Figure> quotes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Figure> forward = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Figure> atm = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Figure> riskReversal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Figure> butterfly = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Figure> rmse = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FitFlags> flags = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Figure> note = new ReadOnlyObjectWrapper<>();

    SkewRow(Instant expiry) {
        this.expiry = Objects.requireNonNull(expiry, "expiry");
    }

    void update(SkewLine line) {
        set(label, line.label());
        set(days, line.days());
        set(quotes, line.quotes());
        set(forward, line.forward());
        set(atm, line.atm());
        set(riskReversal, line.riskReversal());
        set(butterfly, line.butterfly());
        set(rmse, line.rmse());
        set(flags, line.flags());
        set(note, line.note());
    }

    private static <T> void set(ReadOnlyObjectWrapper<T> property, T value) {
        if (!Objects.equals(property.get(), value)) {
            property.set(value);
        }
    }

    public Instant expiry() {
        return expiry;
    }

    public ReadOnlyObjectProperty<ExpiryLabel> labelProperty() {
        return label.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> daysProperty() {
        return days.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> quotesProperty() {
        return quotes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> forwardProperty() {
        return forward.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> atmProperty() {
        return atm.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> riskReversalProperty() {
        return riskReversal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> butterflyProperty() {
        return butterfly.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> rmseProperty() {
        return rmse.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FitFlags> flagsProperty() {
        return flags.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> noteProperty() {
        return note.getReadOnlyProperty();
    }
}
