package com.hedgeflow.engine.analytics;

import com.hedgeflow.engine.exposure.ExposureReport;
import com.hedgeflow.engine.exposure.GammaProfile;
import com.hedgeflow.engine.exposure.HedgeFlowProfile;
import com.hedgeflow.engine.scenario.ScenarioMatrix;
import java.time.Instant;
import java.util.List;

/**
 * The slower half of a snapshot, for one underlying: exposures of the own book and of the market, where
 * gamma flips, the hedge a move would force, P&L scenarios and the skew. Recomputed about once a second,
 * since it revalues the whole chain many times.
 *
 * @param asOf              when it was computed (the snapshot that carries it may be newer)
 * @param scenarios         own-book P&L over spot × vol shifts, now
 * @param scenariosRolled   the same grid one day later
 * @param unpricedPositions held options left out for want of a vol: their exposure is missing, not zero
 * @param byExpiry          the exposure and gamma profile of each unexpired expiry alone, nearest first;
 *                          {@link #exposure()} and {@link #gamma()} cover them all
 */
public record MarketAnalytics(String underlying, Instant asOf, ExposureReport exposure, GammaProfile gamma,
                              HedgeFlowProfile hedgeFlow, ScenarioMatrix scenarios, ScenarioMatrix scenariosRolled,
                              SkewReport skew, List<String> unpricedPositions,
                              List<ExpiryExposure> byExpiry) {
    public MarketAnalytics {
        unpricedPositions = List.copyOf(unpricedPositions);
        byExpiry = List.copyOf(byExpiry);
    }

    /** The figures of the expiry at {@code expiry}, or {@code null} when it is not (or no longer) listed. */
    public ExpiryExposure expiry(Instant expiry) {
        for (ExpiryExposure e : byExpiry) {
            if (e.expiry().equals(expiry)) {
                return e;
            }
        }
        return null;
    }
}
