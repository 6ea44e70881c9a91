package com.hedgeflow.engine.orders;

/** Who put an order in: the audit log and several checks (hedge direction, soft limits) depend on it. */
public enum OrderOrigin {
    /** Sent by the hedger by itself, inside the semi-automatic limits. */
    AUTO_HEDGE,
    /** A hedger proposal a person approved. */
    APPROVED_HEDGE,
    /** Typed by a person, not a hedger proposal. */
    MANUAL;

    public boolean isHedge() {
        return this != MANUAL;
    }
}
