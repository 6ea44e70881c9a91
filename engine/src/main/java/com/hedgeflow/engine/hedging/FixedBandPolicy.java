package com.hedgeflow.engine.hedging;

import java.util.Objects;

/**
 * A fixed no-trade band around a target delta, possibly lopsided (a desk that tolerates more long than short
 * delta), in coin or in USD. Outside the band it trades back to the nearest edge, not to the target.
 *
 * @param unit        what {@code target}, {@code below} and {@code above} are written in
 * @param target      the delta the desk wants to run
 * @param below       how far under the target delta may drift before a hedge (>= 0)
 * @param above       how far over the target delta may drift before a hedge (>= 0)
 * @param hedgeRatio  fraction of the breach each hedge removes, in (0, 1]; 1 trades exactly to the edge
 */
public record FixedBandPolicy(DeltaUnit unit, double target, double below, double above, double hedgeRatio)
        implements HedgePolicy {

    public FixedBandPolicy {
        Objects.requireNonNull(unit, "unit");
        BandRule.requireFinite("fixed band: target", target);
        BandRule.requireNonNegative("fixed band: width below target", below);
        BandRule.requireNonNegative("fixed band: width above target", above);
        BandRule.requireRatio(hedgeRatio);
    }

    /** A symmetric coin band around zero that trades to the edge. */
    public static FixedBandPolicy coin(double halfWidthCoin) {
        return new FixedBandPolicy(DeltaUnit.COIN, 0, halfWidthCoin, halfWidthCoin, 1.0);
    }

    public DeltaBand band(double spot) {
        double t = unit.toCoin(target, spot);
        return new DeltaBand(t - unit.toCoin(below, spot), t + unit.toCoin(above, spot));
    }

    @Override
    public HedgeDecision decide(HedgeInputs in) {
        return BandRule.decide(in, band(in.spot()), nominalTargetCoin(in.spot()), hedgeRatio, name());
    }

    @Override
    public double nominalTargetCoin(double spot) {
        return unit.toCoin(target, spot);
    }

    @Override
    public String name() {
        return "fixed band";
    }
}
