package com.hedgeflow.engine.feed;

import java.time.Instant;

/**
 * A connector's health as it reports it.
 *
 * @param endpoint      where it connects, for the status bar (never carries credentials)
 * @param latencyMillis last measured request round trip, or {@code -1} before the first one
 * @param detail        a short human-readable reason (the last error, the backoff), or empty
 */
public record FeedStatus(
        String venue,
        String endpoint,
        FeedState state,
        Instant since,
        long latencyMillis,
        String detail) {
}
