package com.hedgeflow.engine.risk;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.feed.FeedStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An immutable picture of the book at one instant: what screens draw and what the hedger reads.
 *
 * @param sequence      how many events the engine had applied when it took the picture
 * @param deltaBuckets  net delta by underlying, venue, expiry and instrument kind
 * @param lastMessageAt per venue, when its last market event was applied
 * @param analytics     per underlying: exposures, zero gamma, hedge flow, scenarios and skew, refreshed about
 *                      once a second (each carries its own time)
 */
public record RiskSnapshot(
        Instant timestamp,
        long sequence,
        List<UnderlyingRisk> underlyings,
        List<PositionRisk> positions,
        List<DeltaBucket> deltaBuckets,
        List<FeedStatus> feeds,
        Map<String, Instant> lastMessageAt,
        List<MarketAnalytics> analytics) {

    public static final RiskSnapshot EMPTY =
            new RiskSnapshot(Instant.EPOCH, 0, List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());

    public RiskSnapshot {
        underlyings = List.copyOf(underlyings);
        positions = List.copyOf(positions);
        deltaBuckets = List.copyOf(deltaBuckets);
        feeds = List.copyOf(feeds);
        lastMessageAt = Map.copyOf(lastMessageAt);
        analytics = List.copyOf(analytics);
    }

    /** The analytics of one underlying, or {@code null} before the first computation. */
    public MarketAnalytics analytics(String underlying) {
        for (MarketAnalytics a : analytics) {
            if (a.underlying().equals(underlying)) {
                return a;
            }
        }
        return null;
    }

    public UnderlyingRisk underlying(String name) {
        for (UnderlyingRisk u : underlyings) {
            if (u.underlying().equals(name)) {
                return u;
            }
        }
        return null;
    }
}
