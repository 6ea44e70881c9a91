package com.hedgeflow.engine.hedging;

import java.util.List;

/**
 * Zakamouline's (2006) regression-fitted approximation of the utility-based band (analytics.md §4.4), with λ the
 * one-way proportional cost, γ the CARA risk aversion (1/USD), τ years and σ the vol; zero rate:
 * <pre>
 *   K   = −4.76 · λ^0.78 / τ^0.02 · (1/σ)^0.25 · (γ S² |Γ|)^0.15
 *   σ_m = σ·√(1 − K) for a short-gamma position (σ_m > σ), σ·√(1 + K) for a long one
 *   H0  = λ / (γ S σ² τ)
 *   H1  = 1.12 · λ^0.31 · τ^0.05 · (1/σ)^0.25 · (|Γ|/γ)^0.5
 *   band = Δ(σ_m) ± (H0 + H1)
 * </pre>
 * The paper fits one European option. For a book we use the book's gamma in K and H1 (CARA scaling, as for
 * Whalley–Wilmott: n options at γ behave like one at nγ, which turns γ|Γ| into γ|nΓ| and the per-option band into
 * coin), the book's gamma-weighted vol and expiry in the other terms, the sign of the book's gamma to choose
 * σ_m, and re-price every leg at its own vol scaled the same way. For a one-option book this is exactly the
 * formula above.
 */
public final class ZakamoulineBand {
    private ZakamoulineBand() {
    }

    /**
     * The band of a book, relative to where the book's delta would sit if it were hedged with plain deltas.
     *
     * @param deltaShiftCoin Σ n·(Δ(σ_m) − Δ(σ)): how far the modified delta of the options sits from their
     *                       delta. A book hedged to the modified delta carries net delta {@code −deltaShiftCoin}.
     * @param gammaCoinPerUsd the book's gamma from the legs
     * @param vol            gamma-weighted vol of the legs
     * @param years          gamma-weighted expiry of the legs
     */
    public record Band(double deltaShiftCoin, double h0, double h1, double k, double gammaCoinPerUsd, double vol,
                       double years) {
        public double halfWidthCoin() {
            return h0 + h1;
        }
    }

    public static double k(double costRate, double years, double vol, double riskAversion, double spot,
                           double gammaCoinPerUsd) {
        return -4.76 * Math.pow(costRate, 0.78) / Math.pow(years, 0.02) * Math.pow(1 / vol, 0.25)
                * Math.pow(riskAversion * spot * spot * Math.abs(gammaCoinPerUsd), 0.15);
    }

    /**
     * The hedging vol: higher than the market's for a short-gamma book (K is negative). For a long-gamma book
     * with K below −1 (absurd costs) the square root would fail; the scale is floored at 1% rather than throw.
     */
    public static double modifiedVol(double vol, double k, boolean shortGamma) {
        double scale = shortGamma ? 1 - k : 1 + k;
        return vol * Math.sqrt(Math.max(scale, 1e-4));
    }

    public static double h0(double costRate, double riskAversion, double spot, double vol, double years) {
        return costRate / (riskAversion * spot * vol * vol * years);
    }

    public static double h1(double costRate, double years, double vol, double gammaCoinPerUsd, double riskAversion) {
        return 1.12 * Math.pow(costRate, 0.31) * Math.pow(years, 0.05) * Math.pow(1 / vol, 0.25)
                * Math.sqrt(Math.abs(gammaCoinPerUsd) / riskAversion);
    }

    /** The book's band; {@code null} when no leg has time and gamma left (nothing to re-price). */
    public static Band forBook(List<OptionLeg> legs, double spot, double costRate, double riskAversion) {
        double gamma = 0;
        double weight = 0;
        double volSum = 0;
        double yearsSum = 0;
        for (OptionLeg leg : legs) {
            if (leg.years() <= 0) {
                continue;
            }
            double g = leg.gammaCoinPerUsd();
            gamma += g;
            weight += Math.abs(g);
            volSum += Math.abs(g) * leg.vol();
            yearsSum += Math.abs(g) * leg.years();
        }
        if (!(weight > 0)) {
            return null;
        }
        double vol = volSum / weight;
        double years = yearsSum / weight;
        double k = k(costRate, years, vol, riskAversion, spot, gamma);
        boolean shortGamma = gamma < 0;
        double shift = 0;
        for (OptionLeg leg : legs) {
            if (leg.years() > 0) {
                shift += leg.deltaCoin(modifiedVol(leg.vol(), k, shortGamma)) - leg.deltaCoin(leg.vol());
            }
        }
        return new Band(shift, h0(costRate, riskAversion, spot, vol, years),
                h1(costRate, years, vol, gamma, riskAversion), k, gamma, vol, years);
    }
}
