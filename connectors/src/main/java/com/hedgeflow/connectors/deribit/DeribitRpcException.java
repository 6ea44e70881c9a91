package com.hedgeflow.connectors.deribit;

/** An error answer from the venue: its code and message, as Deribit documents them. */
public final class DeribitRpcException extends RuntimeException {
    private final int code;

    public DeribitRpcException(String method, int code, String message) {
        super(method + " failed: " + code + " " + message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
