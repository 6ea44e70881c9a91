package com.hedgeflow.views.format;

import java.util.Objects;

/**
 * A number already formatted for the screen, with the tone to show it in. Cells and labels only copy
 * these, so formatting happens once per change, off the layout path.
 */
public record Figure(String text, Tone tone) {

    public static final Figure BLANK = new Figure("", Tone.NEUTRAL);
    public static final Figure MISSING = new Figure(TraderFormat.EM_DASH, Tone.MUTED);

    public Figure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
    }

    public static Figure neutral(String text) {
        return new Figure(text, Tone.NEUTRAL);
    }

    /** Green above zero, red below, plain at zero (as rounded for display) and muted when missing. */
    public static Figure signed(double value, String text) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        if (text.startsWith("+")) {
            return new Figure(text, Tone.UP);
        }
        if (text.startsWith("-")) {
            return new Figure(text, Tone.DOWN);
        }
        return neutral(text);
    }
}
