package com.hedgeflow.engine.hedging;

/**
 * A band whose width follows the book's gamma and the cost of trading (Whalley–Wilmott, see
 * {@link WhalleyWilmottBand}): wide when hedging would churn (big gamma, high cost), narrow for a risk-averse desk.
 * The band is clamped so a gamma-free book still has a floor (no hedging of dust) and a huge-gamma book a ceiling.
 *
 * @param costRate         one-way proportional cost k (fee plus half spread), e.g. 0.0005 for 5 bps
 * @param riskAversion     CARA risk aversion γ in 1/USD, for this book's size
 * @param targetDeltaCoin  the centre of the band
 * @param minHalfWidthCoin floor of the half-width
 * @param maxHalfWidthCoin ceiling of the half-width
 */
public record WhalleyWilmottPolicy(double costRate, double riskAversion, double targetDeltaCoin,
                                   double minHalfWidthCoin, double maxHalfWidthCoin) implements HedgePolicy {

    public WhalleyWilmottPolicy {
        BandRule.requireNonNegative("Whalley-Wilmott: cost rate", costRate);
        BandRule.requirePositive("Whalley-Wilmott: risk aversion (1/USD)", riskAversion);
        BandRule.requireFinite("Whalley-Wilmott: target delta", targetDeltaCoin);
        BandRule.requireNonNegative("Whalley-Wilmott: minimum half-width", minHalfWidthCoin);
        BandRule.requirePositive("Whalley-Wilmott: maximum half-width", maxHalfWidthCoin);
        if (maxHalfWidthCoin < minHalfWidthCoin) {
            throw new IllegalArgumentException("Whalley-Wilmott: maximum half-width " + maxHalfWidthCoin
                    + " is below the minimum " + minHalfWidthCoin);
        }
    }

    public DeltaBand band(HedgeInputs in) {
        double h = WhalleyWilmottBand.halfWidthCoin(costRate, in.spot(), in.gammaCoinPerUsd(), riskAversion);
        return DeltaBand.around(targetDeltaCoin, Math.min(maxHalfWidthCoin, Math.max(minHalfWidthCoin, h)));
    }

    @Override
    public HedgeDecision decide(HedgeInputs in) {
        return BandRule.decide(in, band(in), targetDeltaCoin, 1.0, name());
    }

    @Override
    public double nominalTargetCoin(double spot) {
        return targetDeltaCoin;
    }

    @Override
    public String name() {
        return "Whalley-Wilmott band";
    }
}
