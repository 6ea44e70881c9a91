package com.hedgeflow.engine.hedging;

import java.time.Duration;

/**
 * How hedges are priced and how long they wait.
 *
 * @param aggressionBps  how far past the mark the IOC limit sits (must stay inside the price collar)
 * @param approvalTtl    how long a proposal can be approved (PT-14: 5 s)
 * @param requoteBps     at the click, a mark that moved more than this since the proposal means "approve again"
 * @param settleTimeout  how long after an order ends its fills may take to show in the positions before the venue
 *                       is marked for reconciliation
 */
public record ExecutionSettings(double aggressionBps, Duration approvalTtl, double requoteBps,
                                Duration settleTimeout) {
    public ExecutionSettings {
        if (!(aggressionBps >= 0) || !(requoteBps > 0) || approvalTtl == null || approvalTtl.isNegative()
                || approvalTtl.isZero() || settleTimeout == null || settleTimeout.isNegative()
                || settleTimeout.isZero()) {
            throw new IllegalArgumentException("execution settings out of range: aggression " + aggressionBps
                    + " bps, approval " + approvalTtl + ", requote " + requoteBps + " bps, settle " + settleTimeout);
        }
    }

    /** 20 bps through the mark, 5 s to approve, re-approve after a 25 bps move, 10 s for positions to settle. */
    public static ExecutionSettings standard() {
        return new ExecutionSettings(20, Duration.ofSeconds(5), 25, Duration.ofSeconds(10));
    }
}
