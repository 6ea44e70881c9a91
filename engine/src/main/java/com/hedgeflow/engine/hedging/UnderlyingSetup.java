package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.orders.checks.PreTradeLimits;
import java.util.List;
import java.util.Objects;

/**
 * How one underlying is hedged: the policy, where it may trade, the pre-trade limits, what automatic mode may do
 * alone, and how orders are priced.
 *
 * @param venues the instruments to hedge in; the cheapest at the time of each hedge is used
 */
public record UnderlyingSetup(String underlying, HedgePolicy policy, List<HedgeVenue> venues, PreTradeLimits limits,
                              AutoLimits auto, ExecutionSettings execution) {
    public UnderlyingSetup {
        Objects.requireNonNull(underlying, "underlying");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(auto, "auto");
        Objects.requireNonNull(execution, "execution");
        venues = List.copyOf(venues);
        if (venues.isEmpty()) {
            throw new IllegalArgumentException(underlying + ": at least one hedge instrument is required");
        }
        if (execution.aggressionBps() >= limits.collarBps()) {
            throw new IllegalArgumentException(underlying + ": aggression " + execution.aggressionBps()
                    + " bps would put every limit outside the " + limits.collarBps() + " bps collar");
        }
    }

    public UnderlyingSetup withPolicy(HedgePolicy next) {
        return new UnderlyingSetup(underlying, next, venues, limits, auto, execution);
    }
}
