package com.hedgeflow.engine.hedging;

/**
 * What a policy concluded. Java 17 has no pattern switch, so callers ask {@link #isTrade()} and cast.
 */
public sealed interface HedgeDecision {

    String why();

    default boolean isTrade() {
        return this instanceof Trade;
    }

    /**
     * Leave the book alone.
     *
     * @param restartsSchedule true when a scheduled check ran and found nothing worth trading: the interval
     *                         starts again from now as if a hedge had gone out, so the schedule keeps its rhythm
     */
    record NoTrade(String why, boolean restartsSchedule) implements HedgeDecision {
        public static NoTrade because(String why) {
            return new NoTrade(why, false);
        }
    }

    /**
     * Change net delta by {@code deltaChangeCoin} (positive: buy).
     *
     * @param landingDeltaCoin where the book lands: the band's edge, or the target for a scheduled hedge
     * @param targetDeltaCoin  where the policy is centred (the band's centre, or the schedule's target); a hedge
     *                         must bring delta closer to it, never across it (PT-06)
     * @param band             the no-trade band behind the decision, {@code null} for a scheduled hedge
     */
    record Trade(double deltaChangeCoin, double landingDeltaCoin, double targetDeltaCoin, ReasonCode reason,
                 DeltaBand band, String why) implements HedgeDecision {
        public Trade {
            if (!Double.isFinite(deltaChangeCoin) || deltaChangeCoin == 0) {
                throw new IllegalArgumentException("a trade needs a finite non-zero delta change: " + deltaChangeCoin);
            }
        }
    }
}
