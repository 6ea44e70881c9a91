package com.hedgeflow.connectors.common;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential reconnect delay with full jitter, so that many clients dropped together do not come back
 * together. Reset it once a connection has proved stable.
 */
public final class Backoff {
    private final long minMillis;
    private final long maxMillis;
    private int attempt;

    public Backoff(Duration min, Duration max) {
        this.minMillis = Math.max(1, min.toMillis());
        this.maxMillis = Math.max(minMillis, max.toMillis());
    }

    public Duration next() {
        long ceiling = Math.min(maxMillis, minMillis << Math.min(attempt, 20));
        attempt++;
        long jittered = minMillis + ThreadLocalRandom.current().nextLong(Math.max(1, ceiling - minMillis + 1));
        return Duration.ofMillis(Math.min(jittered, maxMillis));
    }

    public void reset() {
        attempt = 0;
    }

    public int attempts() {
        return attempt;
    }
}
