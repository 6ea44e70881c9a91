package com.hedgeflow.engine.orders.checks;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.risk.PositionRisk;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * PT-15, data integrity: every venue the decision rests on — the one traded and every one holding a position on
 * the underlying — must be CONNECTED and have spoken recently. Never overridden: a hedge computed from stale data
 * is a guess.
 */
public final class StaleDataCheck implements PreTradeCheck {
    static final String ID = "PT-15";
    static final String NAME = "stale data";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        Set<String> venues = new TreeSet<>();
        venues.add(t.instrument().venue());
        for (PositionRisk p : c.snapshot().positions()) {
            if (p.underlying().equals(t.underlying())) {
                venues.add(p.venue());
            }
        }
        Duration maxSilence = c.limits().maxFeedSilence();
        for (String venue : venues) {
            FeedStatus f = feed(c, venue);
            if (f == null) {
                return CheckResult.hard(ID, NAME, venue + " has reported no feed status");
            }
            if (f.state() != FeedState.CONNECTED) {
                return CheckResult.hard(ID, NAME, venue + " is " + f.state() + " since " + f.since());
            }
            Instant last = c.snapshot().lastMessageAt().get(venue);
            if (last == null) {
                return CheckResult.hard(ID, NAME, venue + " has sent no message yet");
            }
            Duration silence = Duration.between(last, c.now());
            if (silence.compareTo(maxSilence) > 0) {
                return CheckResult.hard(ID, NAME, String.format("last message from %s was %d ms ago, over %d ms",
                        venue, silence.toMillis(), maxSilence.toMillis()));
            }
        }
        Duration snapshotAge = Duration.between(c.snapshot().timestamp(), c.now());
        if (snapshotAge.compareTo(maxSilence) > 0) {
            return CheckResult.hard(ID, NAME, String.format("the risk snapshot is %d ms old, over %d ms",
                    snapshotAge.toMillis(), maxSilence.toMillis()));
        }
        return CheckResult.pass(ID, NAME, "fresh: " + String.join(", ", venues));
    }

    private static FeedStatus feed(PreTradeContext c, String venue) {
        for (FeedStatus f : c.snapshot().feeds()) {
            if (f.venue().equals(venue)) {
                return f;
            }
        }
        return null;
    }
}
