package com.hedgeflow.engine.orders.checks;

/** The outcome of one pre-trade check (risk-controls.md §1.3). */
public enum Verdict {
    PASS,
    /** A limit a person may knowingly override with an explicit confirmation; automatic sends treat it as a block. */
    SOFT_BLOCK,
    /** Never overridden: data integrity, in-doubt orders, hard limits, the kill switch. */
    HARD_BLOCK
}
