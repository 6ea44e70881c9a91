package com.hedgeflow.engine.risk;

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
 */
public record RiskSnapshot(
        Instant timestamp,
        long sequence,
        List<UnderlyingRisk> underlyings,
        List<PositionRisk> positions,
        List<DeltaBucket> deltaBuckets,
        List<FeedStatus> feeds,
        Map<String, Instant> lastMessageAt) {

    public static final RiskSnapshot EMPTY =
            new RiskSnapshot(Instant.EPOCH, 0, List.of(), List.of(), List.of(), List.of(), Map.of());

    public RiskSnapshot {
        underlyings = List.copyOf(underlyings);
        positions = List.copyOf(positions);
        deltaBuckets = List.copyOf(deltaBuckets);
        feeds = List.copyOf(feeds);
        lastMessageAt = Map.copyOf(lastMessageAt);
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
