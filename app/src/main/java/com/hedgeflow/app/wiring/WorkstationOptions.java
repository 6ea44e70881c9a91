package com.hedgeflow.app.wiring;

import com.hedgeflow.engine.analytics.AnalyticsSettings;
import com.hedgeflow.engine.hedging.HedgeMode;
import java.net.URI;
import java.util.List;

/**
 * What to connect to.
 *
 * @param deribitUrl when set, a Deribit-protocol endpoint used instead of the venue's default address
 * @param seed       the embedded simulator's random seed
 * @param analytics  the assumptions behind the market analytics
 * @param mode       the hedger's mode at start (off unless the command line says otherwise)
 */
public record WorkstationOptions(List<VenueChoice> venues, URI deribitUrl, long seed, AnalyticsSettings analytics,
                                 HedgeMode mode) {
    public WorkstationOptions {
        venues = List.copyOf(venues);
    }

    public static WorkstationOptions simulator(long seed) {
        return new WorkstationOptions(List.of(VenueChoice.SIM), null, seed, AnalyticsSettings.DEFAULT, HedgeMode.OFF);
    }
}
