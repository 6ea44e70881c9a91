package com.hedgeflow.engine.hedging;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts automatic hedges over a rolling window (PT-10). A hedger that keeps firing is more likely chasing a bad
 * price or a sign error than the market, so one hedge over the limit stops automatic mode.
 */
final class AutoHedgeGovernor {
    private final Deque<Instant> sent = new ArrayDeque<>();

    boolean wouldExceed(Instant now, AutoLimits limits) {
        Instant since = now.minus(limits.window());
        while (!sent.isEmpty() && sent.peekFirst().isBefore(since)) {
            sent.removeFirst();
        }
        return sent.size() >= limits.maxHedgesPerWindow();
    }

    int countInWindow() {
        return sent.size();
    }

    void recordSend(Instant now) {
        sent.addLast(now);
    }

    void reset() {
        sent.clear();
    }
}
