package com.hedgeflow.app.wiring;

import java.net.URI;
import java.util.List;

/**
 * What to connect to.
 *
 * @param deribitUrl when set, a Deribit-protocol endpoint used instead of the venue's default address
 * @param seed       the embedded simulator's random seed
 */
public record WorkstationOptions(List<VenueChoice> venues, URI deribitUrl, long seed) {
    public WorkstationOptions {
        venues = List.copyOf(venues);
    }

    public static WorkstationOptions simulator(long seed) {
        return new WorkstationOptions(List.of(VenueChoice.SIM), null, seed);
    }
}
