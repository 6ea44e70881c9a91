package com.hedgeflow.views.format;

/** How a figure should be coloured: the meaning, not the colour, so themes stay free to choose. */
public enum Tone {
    NEUTRAL,
    /** Long, positive. */
    UP,
    /** Short, negative. */
    DOWN,
    /** Missing or not applicable. */
    MUTED
}
