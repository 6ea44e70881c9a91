package com.hedgeflow.engine.hedging;

/** What an audit record is about. */
public enum AuditKind {
    PROPOSAL_CREATED,
    PROPOSAL_MODIFIED,
    PROPOSAL_EXPIRED,
    PROPOSAL_REJECTED,
    PROPOSAL_DROPPED,
    /** A policy wanted a trade but no instrument could take it (below a lot, no mark, book away). */
    NO_PROPOSAL,
    APPROVAL_NEEDS_CONFIRMATION,
    APPROVAL_BLOCKED,
    AUTO_BLOCKED,
    AUTO_TRIPPED,
    ORDER_SENT,
    ORDER_RETRIED,
    ORDER_RETRY_BLOCKED,
    ORDER_ABANDONED,
    ORDER_UPDATE,
    ORDER_EVENT_REFUSED,
    /** An order ended with fills that the positions did not show in time; the venue needs reconciling. */
    SETTLE_TIMEOUT,
    VENUE_RECONCILED,
    MODE_CHANGED,
    POLICY_CHANGED,
    KILL_ENGAGED,
    KILL_RESUMED,
    KILL_CANCEL_FAILED
}
