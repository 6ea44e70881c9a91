package com.hedgeflow.views.fx;

import com.hedgeflow.views.format.Tone;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * Maps a {@link Tone} to the pseudo-classes the stylesheets colour ({@code :up}, {@code :down},
 * {@code :muted}); views never pick colours themselves, so the light theme needs no code.
 */
public final class Tones {

    private static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    private static final PseudoClass MUTED = PseudoClass.getPseudoClass("muted");

    private Tones() {
    }

    public static void apply(Node node, Tone tone) {
        node.pseudoClassStateChanged(UP, tone == Tone.UP);
        node.pseudoClassStateChanged(DOWN, tone == Tone.DOWN);
        node.pseudoClassStateChanged(MUTED, tone == Tone.MUTED);
    }
}
