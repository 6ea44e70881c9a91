package com.hedgeflow.engine.hedging;

/**
 * Zakamouline's band around a modified delta (see {@link ZakamoulineBand}): a short-gamma book is hedged as if
 * vol were higher, a long-gamma one as if it were lower, and the band adds a near-expiry term (H0) to a
 * Whalley–Wilmott-like one (H1). H0 grows without bound as expiry nears, so the half-width is capped.
 * A book without option legs falls back to the minimum band around the target.
 *
 * @param costRate         one-way proportional cost λ
 * @param riskAversion     CARA risk aversion γ in 1/USD, for this book's size
 * @param targetDeltaCoin  where the book would sit with no options and no costs
 * @param minHalfWidthCoin floor of the half-width
 * @param maxHalfWidthCoin ceiling of the half-width
 */
public record ZakamoulinePolicy(double costRate, double riskAversion, double targetDeltaCoin,
                                double minHalfWidthCoin, double maxHalfWidthCoin) implements HedgePolicy {

    public ZakamoulinePolicy {
        BandRule.requirePositive("Zakamouline: cost rate", costRate);
        BandRule.requirePositive("Zakamouline: risk aversion (1/USD)", riskAversion);
        BandRule.requireFinite("Zakamouline: target delta", targetDeltaCoin);
        BandRule.requireNonNegative("Zakamouline: minimum half-width", minHalfWidthCoin);
        BandRule.requirePositive("Zakamouline: maximum half-width", maxHalfWidthCoin);
        if (maxHalfWidthCoin < minHalfWidthCoin) {
            throw new IllegalArgumentException("Zakamouline: maximum half-width " + maxHalfWidthCoin
                    + " is below the minimum " + minHalfWidthCoin);
        }
    }

    public DeltaBand band(HedgeInputs in) {
        ZakamoulineBand.Band b = ZakamoulineBand.forBook(in.optionLegs(), in.spot(), costRate, riskAversion);
        if (b == null) {
            return DeltaBand.around(targetDeltaCoin, minHalfWidthCoin);
        }
        double half = Math.min(maxHalfWidthCoin, Math.max(minHalfWidthCoin, b.halfWidthCoin()));
        return DeltaBand.around(targetDeltaCoin - b.deltaShiftCoin(), half);
    }

    @Override
    public HedgeDecision decide(HedgeInputs in) {
        DeltaBand band = band(in);
        return BandRule.decide(in, band, (band.lowerCoin() + band.upperCoin()) / 2, 1.0, name());
    }

    @Override
    public double nominalTargetCoin(double spot) {
        return targetDeltaCoin;
    }

    @Override
    public String name() {
        return "Zakamouline band";
    }
}
