package com.hedgeflow.engine.feed;

public enum FeedState {
    CONNECTING,
    CONNECTED,
    /** Lost; the connector is waiting before its next attempt. */
    RECONNECTING,
    STOPPED
}
