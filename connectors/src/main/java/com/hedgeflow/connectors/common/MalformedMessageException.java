package com.hedgeflow.connectors.common;

/** A venue message that cannot be mapped: logged with its context, counted, and skipped. */
public final class MalformedMessageException extends RuntimeException {
    public MalformedMessageException(String message) {
        super(message);
    }
}
