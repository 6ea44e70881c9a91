package com.hedgeflow.engine.pricing;

import com.hedgeflow.engine.market.OptionType;

/**
 * Coin-settled (inverse) options as Deribit lists them: the payoff {@code (S-K)+/S} is paid in coin, so the
 * coin price is the Black-76 USD value divided by the forward, with the venue's zero rate.
 */
public final class InverseOption {
    private InverseOption() {
    }

    public static double priceCoin(OptionType type, double forward, double strike, double vol, double years) {
        return Black76.price(type, forward, strike, vol, years, 1.0) / forward;
    }

    /**
     * Delta in coin of a coin-numeraire holder: the USD (Black) delta less the coin premium, which the holder
     * already carries as coin. This is what Deribit sums into {@code delta_total}.
     */
    public static double premiumAdjustedDelta(double blackDelta, double priceCoin) {
        return blackDelta - priceCoin;
    }
}
