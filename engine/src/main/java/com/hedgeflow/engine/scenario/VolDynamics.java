package com.hedgeflow.engine.scenario;

/** How implied vols move when the index moves, before any parallel vol shift is added. */
public enum VolDynamics {
    /** Each option keeps the vol of its strike. */
    STICKY_STRIKE,
    /**
     * Vol follows moneyness K/F: after the forward moves by a factor m, strike K takes the vol that strike K/m
     * has today (read from the same expiry's smile).
     */
    STICKY_MONEYNESS
}
