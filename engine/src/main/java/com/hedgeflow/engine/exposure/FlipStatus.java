package com.hedgeflow.engine.exposure;

/** Outcome of a zero-gamma search; a missing flip is an answer, not an error. */
public enum FlipStatus {
    /** Total gamma changes sign inside the grid. */
    FOUND,
    /** Total gamma keeps one sign over the whole grid: the flip, if any, lies outside the range searched. */
    NONE_IN_RANGE,
    /** Nothing contributes gamma (no open interest, no own options, or all expired). */
    NO_GAMMA
}
