package com.hedgeflow.app.wiring;

/** A venue the user asked for that this build cannot connect to; a bad-input error, not a crash. */
public final class UnsupportedVenueException extends IllegalArgumentException {
    public UnsupportedVenueException(String message) {
        super(message);
    }
}
