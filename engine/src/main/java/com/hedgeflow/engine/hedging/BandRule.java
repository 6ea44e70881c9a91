package com.hedgeflow.engine.hedging;

/** The shared step of every band policy: inside, nothing; outside, back toward the nearest edge. */
final class BandRule {
    private BandRule() {
    }

    /**
     * @param hedgeRatio fraction of the way back to the edge this hedge goes (1 = all the way); below one the
     *                   rest of the breach is left to later hedges
     */
    static HedgeDecision decide(HedgeInputs in, DeltaBand band, double centre, double hedgeRatio, String policy) {
        double delta = in.netDeltaCoin();
        if (band.contains(delta)) {
            return HedgeDecision.NoTrade.because(String.format("%s: net delta %.4f %s inside band %s",
                    policy, delta, in.underlying(), band));
        }
        double edge = band.nearestEdge(delta);
        double change = hedgeRatio * (edge - delta);
        if (change == 0) {
            return HedgeDecision.NoTrade.because(policy + ": breach too small to trade");
        }
        return new HedgeDecision.Trade(change, delta + change, centre, ReasonCode.BAND_BREACH, band,
                String.format("%s: net delta %.4f %s outside band %s; trade %+.4f to the %s edge",
                        policy, delta, in.underlying(), band, change, delta > band.upperCoin() ? "upper" : "lower"));
    }

    static double requireRatio(double hedgeRatio) {
        if (!(hedgeRatio > 0 && hedgeRatio <= 1)) {
            throw new IllegalArgumentException("hedge ratio must be in (0, 1], got " + hedgeRatio);
        }
        return hedgeRatio;
    }

    static void requireFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, got " + value);
        }
    }

    static void requireNonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0, got " + value);
        }
    }

    static void requirePositive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and > 0, got " + value);
        }
    }
}
