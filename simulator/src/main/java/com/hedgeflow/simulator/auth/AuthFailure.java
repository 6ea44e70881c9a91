package com.hedgeflow.simulator.auth;

/** A refused login or token; the protocol layer turns the reason into the venue's error code. */
public final class AuthFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Reason {
        /** Unknown client id, wrong secret or signature, stale timestamp (Deribit 13004). */
        INVALID_CREDENTIALS,
        /** Unknown, expired or already used token (Deribit 13009). */
        UNAUTHORIZED
    }

    private final Reason reason;

    public AuthFailure(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
