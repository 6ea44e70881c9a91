package com.hedgeflow.engine.hedging;

import java.time.Duration;

/**
 * Time-based hedging with a band as a floor under it: every interval the book goes back to target, and in
 * between a move that breaks the band is hedged at once, to the band's edge. The band shares the schedule's
 * target, so the two rules never pull against each other.
 */
public record HybridPolicy(TimeBasedPolicy schedule, double belowCoin, double aboveCoin) implements HedgePolicy {

    public HybridPolicy {
        if (schedule == null) {
            throw new IllegalArgumentException("hybrid: a schedule is required");
        }
        BandRule.requireNonNegative("hybrid: band width below target", belowCoin);
        BandRule.requireNonNegative("hybrid: band width above target", aboveCoin);
    }

    public static HybridPolicy of(Duration interval, double targetDeltaCoin, double halfWidthCoin) {
        return new HybridPolicy(new TimeBasedPolicy(interval, targetDeltaCoin, 1.0, 0.0), halfWidthCoin,
                halfWidthCoin);
    }

    public DeltaBand band() {
        return new DeltaBand(schedule.targetDeltaCoin() - belowCoin, schedule.targetDeltaCoin() + aboveCoin);
    }

    @Override
    public HedgeDecision decide(HedgeInputs in) {
        if (schedule.due(in.now(), in.lastHedgeAt())) {
            return schedule.decide(in);
        }
        return BandRule.decide(in, band(), schedule.targetDeltaCoin(), schedule.hedgeRatio(), name());
    }

    @Override
    public double nominalTargetCoin(double spot) {
        return schedule.targetDeltaCoin();
    }

    @Override
    public String name() {
        return "hybrid";
    }
}
