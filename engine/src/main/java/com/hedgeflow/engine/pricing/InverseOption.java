package com.hedgeflow.engine.pricing;

import com.hedgeflow.engine.market.OptionType;

/**
 * Coin-settled (inverse) options as Deribit lists them: the payoff {@code (S-K)+/S} is paid in coin, so the
 * coin price is the Black-76 USD value divided by the forward, with the venue's zero rate.
 *
 * <p>Units: prices in coin per option (one coin of notional), deltas in coin, gamma in coin per USD². The
 * underlying argument is the forward F of the option's expiry (Deribit's convention: its marks and IVs use the
 * forward, not the index). With a zero rate the forward plays the part of the spot in every identity here.
 */
public final class InverseOption {
    private InverseOption() {
    }

    /** price_coin = Black(F, K, σ, T)/F, undiscounted (zero rate). */
    public static double priceCoin(OptionType type, double forward, double strike, double vol, double years) {
        return Black76.price(type, forward, strike, vol, years, 1.0) / forward;
    }

    /**
     * The coin price from a spot (index) and a continuous USD rate. Here F = spot·e^{rate·years}: the USD forward
     * of one coin when holding the coin earns nothing (no coin yield, no funding basis). The coin value today is
     * the discounted USD value converted at spot, df·Black(F)/S, which is exactly Black(F)/F because
     * df/S = 1/F: so this is {@link #priceCoin} at that forward.
     */
    public static double priceCoinFromSpot(OptionType type, double spot, double strike, double vol, double years,
                                           double rate) {
        return priceCoin(type, forwardFromSpot(spot, rate, years), strike, vol, years);
    }

    /** F = spot·e^{rate·years}, the forward assumed by {@link #priceCoinFromSpot}. */
    public static double forwardFromSpot(double spot, double rate, double years) {
        return years > 0 ? spot * Math.exp(rate * years) : spot;
    }

    /**
     * Delta in coin of a coin-numeraire holder: the USD (Black) delta less the coin premium, which the holder
     * already carries as coin. This is what Deribit sums into {@code delta_total}.
     */
    public static double premiumAdjustedDelta(double blackDelta, double priceCoin) {
        return blackDelta - priceCoin;
    }

    /**
     * The premium-adjusted delta from market inputs: S·∂V_coin/∂S = Δ − price_coin, with Δ the undiscounted
     * Black delta. Because F is proportional to S at a fixed rate, the same number is F·∂V_coin/∂F; pass
     * {@link #forwardFromSpot} for a spot-and-rate input.
     */
    public static double premiumAdjustedDelta(OptionType type, double forward, double strike, double vol,
                                              double years) {
        Greeks g = Black76.greeks(type, forward, strike, vol, years, 1.0);
        return g.delta() - g.price() / forward;
    }

    /**
     * Gamma of the coin value V = C/F (zero rate, F as the underlying): ∂²V/∂F² = Γ/F − 2Δ/F² + 2C/F³, in coin
     * per USD². Venues quote the plain Black gamma; this is what a coin-numeraire book's delta actually moves by.
     */
    public static double gammaCoin(OptionType type, double forward, double strike, double vol, double years) {
        Greeks g = Black76.greeks(type, forward, strike, vol, years, 1.0);
        return (g.gamma() - 2 * (g.delta() - g.price() / forward) / forward) / forward;
    }
}
