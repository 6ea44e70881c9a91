package com.hedgeflow.engine.hedging;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Hedge back to the target every {@code interval}, whatever the delta did in between. Simple and predictable;
 * costs more than a band for the same risk (Leland's adjusted vol, {@link LelandVolatility}, prices that cost).
 *
 * @param interval     time between scheduled hedges, counted from the last hedge or scheduled check
 * @param targetDeltaCoin the delta to hedge back to
 * @param hedgeRatio   fraction of the distance to target each hedge covers, in (0, 1]
 * @param minTradeCoin a scheduled check closer than this to target trades nothing (no dust orders)
 */
public record TimeBasedPolicy(Duration interval, double targetDeltaCoin, double hedgeRatio, double minTradeCoin)
        implements HedgePolicy {

    public TimeBasedPolicy {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("time-based: interval must be positive, got " + interval);
        }
        BandRule.requireFinite("time-based: target delta", targetDeltaCoin);
        BandRule.requireRatio(hedgeRatio);
        BandRule.requireNonNegative("time-based: minimum trade", minTradeCoin);
    }

    public boolean due(Instant now, Instant lastHedgeAt) {
        return lastHedgeAt == null || !now.isBefore(lastHedgeAt.plus(interval));
    }

    @Override
    public HedgeDecision decide(HedgeInputs in) {
        if (!due(in.now(), in.lastHedgeAt())) {
            return HedgeDecision.NoTrade.because(name() + ": next hedge at " + in.lastHedgeAt().plus(interval));
        }
        double gap = targetDeltaCoin - in.netDeltaCoin();
        if (Math.abs(gap) <= minTradeCoin) {
            return new HedgeDecision.NoTrade(String.format("%s: net delta %.4f %s within %.4f of target %.4f",
                    name(), in.netDeltaCoin(), in.underlying(), minTradeCoin, targetDeltaCoin), true);
        }
        double change = hedgeRatio * gap;
        return new HedgeDecision.Trade(change, in.netDeltaCoin() + change, targetDeltaCoin, ReasonCode.SCHEDULE, null,
                String.format("%s: every %s; net delta %.4f %s, trade %+.4f toward target %.4f", name(),
                        interval, in.netDeltaCoin(), in.underlying(), change, targetDeltaCoin));
    }

    @Override
    public double nominalTargetCoin(double spot) {
        return targetDeltaCoin;
    }

    @Override
    public String name() {
        return "time-based";
    }
}
