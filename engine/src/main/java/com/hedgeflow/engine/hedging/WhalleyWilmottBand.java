package com.hedgeflow.engine.hedging;

/**
 * The Whalley–Wilmott (1997) asymptotic no-trade band for small proportional costs (analytics.md §4.3):
 * <pre>H = ( 3/2 · k · S · Γ² / γ )^(1/3)</pre>
 * with k the one-way proportional cost, S the index, Γ the position's gamma and γ the CARA risk aversion in
 * 1/USD. Crypto books run at a zero rate, so the paper's e^(−r(T−t)) factor is 1 and left out.
 *
 * <p>Units: H is per option in the paper. For a book, using the book's gamma (coin per USD) gives H in coin
 * directly, because CARA utility over n options is n times one option at risk aversion nγ:
 * n·(k S Γ²/(nγ))^(1/3) = (k S (nΓ)²/γ)^(1/3). That is why γ has to be set for the book's size.
 */
public final class WhalleyWilmottBand {
    private WhalleyWilmottBand() {
    }

    /** Half-width of the band in coin; zero for a book without gamma. */
    public static double halfWidthCoin(double costRate, double spot, double gammaCoinPerUsd, double riskAversion) {
        return Math.cbrt(1.5 * costRate * spot * gammaCoinPerUsd * gammaCoinPerUsd / riskAversion);
    }
}
