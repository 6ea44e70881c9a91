package com.hedgeflow.engine.exposure;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.InverseOption;

/**
 * What one coin of option notional is worth to its holder, and the delta the holder hedges, at any index
 * price: the conventions that full revaluation (hedge flow, scenarios) and the greeks share. Forward =
 * index × forward ratio; zero rate (discount factor 1).
 *
 * <ul>
 *   <li>Linear (USD-settled) option: worth the Black-76 value in USD; its hedge delta is the slope of that
 *       value in the index, {@code ratio × Δ_F}, in coin.</li>
 *   <li>Inverse (coin-settled) option: worth {@code Black/F} coin (the venue's coin mark), i.e. that times the
 *       index in USD; its hedge delta is the premium-adjusted {@code Δ_F − price_coin}, which is
 *       {@code S·∂(value in coin)/∂S} and what Deribit sums into {@code delta_total} (analytics.md §5).</li>
 * </ul>
 */
public final class OptionValuation {
    private OptionValuation() {
    }

    /** USD value of one coin of notional at index {@code spotUsd}. */
    public static double valueUsd(OptionType type, boolean inverse, double spotUsd, double forwardRatio,
                                  double strikeUsd, double vol, double years) {
        double forward = spotUsd * forwardRatio;
        if (inverse) {
            return InverseOption.priceCoin(type, forward, strikeUsd, vol, years) * spotUsd;
        }
        return Black76.price(type, forward, strikeUsd, vol, years, 1.0);
    }

    /** Coin value of one coin of notional: the coin mark for inverse options, the USD value over the index for linear. */
    public static double valueCoin(OptionType type, boolean inverse, double spotUsd, double forwardRatio,
                                   double strikeUsd, double vol, double years) {
        double forward = spotUsd * forwardRatio;
        if (inverse) {
            return InverseOption.priceCoin(type, forward, strikeUsd, vol, years);
        }
        return Black76.price(type, forward, strikeUsd, vol, years, 1.0) / spotUsd;
    }

    /** Delta the book hedges, coin per coin of notional: premium-adjusted for inverse, spot delta for linear. */
    public static double hedgeDeltaCoin(OptionType type, boolean inverse, double spotUsd, double forwardRatio,
                                        double strikeUsd, double vol, double years) {
        double forward = spotUsd * forwardRatio;
        double blackDelta = Black76.delta(type, forward, strikeUsd, vol, years, 1.0);
        if (inverse) {
            double priceCoin = InverseOption.priceCoin(type, forward, strikeUsd, vol, years);
            return InverseOption.premiumAdjustedDelta(blackDelta, priceCoin);
        }
        return forwardRatio * blackDelta;
    }

    /** Black-76 delta with respect to the index (not the forward), coin per coin: {@code ratio × Δ_F}. */
    public static double spotDelta(OptionType type, double spotUsd, double forwardRatio, double strikeUsd,
                                   double vol, double years) {
        return forwardRatio * Black76.delta(type, spotUsd * forwardRatio, strikeUsd, vol, years, 1.0);
    }
}
