package com.hedgeflow.views.skew;

import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.format.Tone;
import com.hedgeflow.views.fx.Tones;
import com.hedgeflow.views.skew.SkewLine.ExpiryLabel;
import com.hedgeflow.views.skew.SkewLine.FitFlags;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Rectangle;

/** The skew table's own cells; like {@link com.hedgeflow.views.fx.FigureCell} they only copy pre-formatted text. */
final class SkewCells {

    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");

    private SkewCells() {
    }

    /** The expiry code beside a swatch of its curve's colour. */
    static final class ExpiryCell extends TableCell<SkewRow, ExpiryLabel> {
        private final Rectangle swatch = new Rectangle(10, 10);

        @Override
        protected void updateItem(ExpiryLabel label, boolean empty) {
            super.updateItem(label, empty);
            if (empty || label == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(label.text());
                swatch.setFill(label.colour());
                setGraphic(swatch);
            }
        }
    }

    /** The fit's flags, in the warning colour when there are any (CSS {@code :flagged}). */
    static final class FlagsCell extends TableCell<SkewRow, FitFlags> {
        @Override
        protected void updateItem(FitFlags flags, boolean empty) {
            super.updateItem(flags, empty);
            boolean show = !empty && flags != null;
            setText(show ? flags.text() : null);
            pseudoClassStateChanged(FLAGGED, show && flags.flagged());
            Tones.apply(this, show && !flags.flagged() ? Tone.MUTED : Tone.NEUTRAL);
        }
    }

    /** Free text that may be longer than the column: the whole of it in a tooltip. */
    static final class NoteCell extends TableCell<SkewRow, Figure> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(Figure note, boolean empty) {
            super.updateItem(note, empty);
            boolean show = !empty && note != null && !note.text().isEmpty();
            setText(show ? note.text() : null);
            if (show) {
                tooltip.setText(note.text());
                setTooltip(tooltip);
            } else {
                setTooltip(null);
            }
            Tones.apply(this, show ? note.tone() : Tone.NEUTRAL);
        }
    }
}
