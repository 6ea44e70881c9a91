package com.hedgeflow.engine.analytics;

import com.hedgeflow.engine.exposure.DealerPositioning;
import com.hedgeflow.engine.scenario.VolDynamics;
import java.util.Objects;

/** The assumptions behind the market analytics; screens show them next to the numbers. */
public record AnalyticsSettings(DealerPositioning positioning, VolDynamics scenarioDynamics) {
    public static final AnalyticsSettings DEFAULT =
            new AnalyticsSettings(DealerPositioning.DEFAULT, VolDynamics.STICKY_STRIKE);

    public AnalyticsSettings {
        Objects.requireNonNull(positioning, "positioning");
        Objects.requireNonNull(scenarioDynamics, "scenarioDynamics");
    }
}
