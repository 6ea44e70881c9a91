package com.hedgeflow.engine.exposure;

/**
 * One side's summed exposures: the market's dealer side (signed by a {@link DealerPositioning}) or the own
 * book (real signed sizes). USD figures are coin figures times the index.
 *
 * @param deltaCoin       delta, coin: dealer delta for the market (Black spot delta), hedge delta for the own
 *                        book (premium-adjusted for inverse options, plus delta-one hedges)
 * @param deltaUsd        the same in USD
 * @param gexUsdPer1Pct   Σ sign·Γ_S·size·S²·0.01: USD of delta gained for a +1% index move
 * @param gexCoinPer1Pct  the same in coin (÷ S)
 * @param vannaUsdPerVol  Σ sign·vanna·size·S: USD of delta gained when every vol rises by 1.00
 * @param charmUsdPerDay  Σ sign·charm·size·S / 365: USD of delta gained per calendar day, index and vols frozen
 */
public record ExposureTotals(double deltaCoin, double deltaUsd, double gexUsdPer1Pct, double gexCoinPer1Pct,
                             double vannaUsdPerVol, double charmUsdPerDay) {

    /** USD of delta gained when every vol rises by one vol point (0.01). */
    public double vannaUsdPerVolPoint() {
        return vannaUsdPerVol * 0.01;
    }
}
