package com.hedgeflow.engine.hedging;

/** Why a hedge was asked for; it travels with the proposal and the order into the audit log. */
public enum ReasonCode {
    /** Net delta left the policy's no-trade band. */
    BAND_BREACH,
    /** A time-based policy's interval came round. */
    SCHEDULE,
    /** A hedge leg nears its expiry and has to move to the next contract. */
    EXPIRY_ROLL,
    /** A person asked for it. */
    MANUAL
}
