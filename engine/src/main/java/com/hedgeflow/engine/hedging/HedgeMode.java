package com.hedgeflow.engine.hedging;

public enum HedgeMode {
    /** No proposals, no orders. */
    OFF,
    /** Proposals wait in a queue for a person to approve, modify or reject. */
    MANUAL,
    /** Hedges inside the automatic limits go out by themselves; bigger ones wait for a person. */
    SEMI_AUTO
}
