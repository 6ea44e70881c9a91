package com.hedgeflow.views.fx;

import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.format.Tone;
import javafx.scene.control.TableCell;

/**
 * A table cell that shows a pre-formatted {@link Figure}. It does no formatting itself: cells are
 * re-laid out on scroll and resize, and the row model already formatted once when the value changed.
 */
public final class FigureCell<S> extends TableCell<S, Figure> {

    @Override
    protected void updateItem(Figure figure, boolean empty) {
        super.updateItem(figure, empty);
        if (empty || figure == null) {
            setText(null);
            Tones.apply(this, Tone.NEUTRAL);
        } else {
            setText(figure.text());
            Tones.apply(this, figure.tone());
        }
    }
}
