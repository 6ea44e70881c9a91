package com.hedgeflow.connectors.deribit;

import java.io.IOException;

/**
 * The request never left this process (no logged-in session, or the socket refused the frame), so the venue
 * cannot have seen it. Unlike a timeout or a dropped socket, this is a definite "did not happen".
 */
public final class RequestNotSentException extends IOException {
    private static final long serialVersionUID = 1L;

    public RequestNotSentException(String message) {
        super(message);
    }
}
