package com.hedgeflow.engine.pricing;

import java.time.Duration;
import java.time.Instant;

/** ACT/365 of real elapsed seconds, the convention for every expiry inside the engine. */
public final class YearFraction {
    public static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;

    private YearFraction() {
    }

    /** Years from {@code now} to {@code expiry}; negative once expired. */
    public static double between(Instant now, Instant expiry) {
        Duration d = Duration.between(now, expiry);
        return (d.getSeconds() + d.getNano() * 1e-9) / SECONDS_PER_YEAR;
    }
}
