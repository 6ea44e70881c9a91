package com.hedgeflow.app.wiring;

import com.hedgeflow.engine.analytics.AnalyticsSettings;
import java.net.URI;
import java.util.List;

/**
 * What to connect to.
 *
 * @param deribitUrl when set, a Deribit-protocol endpoint used instead of the venue's default address
 * @param seed       the embedded simulator's random seed
 * @param analytics  the assumptions behind the market analytics
 */
public record WorkstationOptions(List<VenueChoice> venues, URI deribitUrl, long seed, AnalyticsSettings analytics) {
    public WorkstationOptions {
        venues = List.copyOf(venues);
    }

    public static WorkstationOptions simulator(long seed) {
        return new WorkstationOptions(List.of(VenueChoice.SIM), null, seed, AnalyticsSettings.DEFAULT);
    }
}
