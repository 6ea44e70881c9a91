package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.orders.checks.CheckResult;
import com.hedgeflow.engine.orders.checks.ReferencePrice;
import java.time.Duration;
import java.time.Instant;

/**
 * PT-14: an approval is for the market the person saw. Past its window, or once the mark has moved beyond the
 * requote band, the click does not count and the hedger proposes again at the new price.
 */
final class ApprovalFreshness {
    static final String ID = "PT-14";
    static final String NAME = "approval freshness";

    private ApprovalFreshness() {
    }

    static CheckResult check(HedgeProposal p, ReferencePrice mark, double requoteBps, Instant now) {
        if (p.expired(now)) {
            return CheckResult.hard(ID, NAME, "the proposal expired at " + p.expiresAt());
        }
        long age = Duration.between(p.createdAt(), now).toMillis();
        if (mark == null || !(mark.mark() > 0)) {
            return CheckResult.hard(ID, NAME, "no fresh mark to compare with the proposal's " + p.markPrice());
        }
        double moved = Math.abs(mark.mark() - p.markPrice()) / p.markPrice() * 1e4;
        if (moved > requoteBps) {
            return CheckResult.hard(ID, NAME, String.format("the mark moved %.1f bps (%s -> %s) since the proposal"
                    + " %d ms ago, beyond %.0f bps: approve the new proposal", moved, p.markPrice(), mark.mark(), age,
                    requoteBps));
        }
        return CheckResult.pass(ID, NAME, String.format("%d ms old, mark moved %.1f bps", age, moved));
    }
}
