package com.hedgeflow.engine.vol;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.Black76;

/**
 * Which delta picks the strikes behind "25-delta". Both are forward deltas with no discounting (the smile
 * is quoted on the forward, and discounting would move the strikes with the rate, which a skew number should
 * not do). They differ in the currency the premium is paid in.
 */
public enum DeltaConvention {
    /**
     * Black-76 forward delta, premium in the quote currency: {@code N(d1)} for a call, {@code −N(−d1)} for a
     * put. The default, and what most vendors' 25Δ risk reversals use.
     */
    FORWARD,
    /**
     * Forward delta less the premium in coin, {@code Δ − V/F}: the hedge of an option whose premium is paid in
     * the underlying, as on Deribit's coin-settled options (analytics.md §3.7). Equals {@code (K/F)·N(d2)} for
     * a call and {@code −(K/F)·N(−d2)} for a put. The call delta is not monotone in strike; the 25Δ call is
     * taken on the out-of-the-money branch.
     */
    FORWARD_PREMIUM_ADJUSTED;

    /** Delta of one option on one unit of underlying under this convention. */
    public double delta(OptionType type, double forward, double strike, double vol, double years) {
        double delta = Black76.delta(type, forward, strike, vol, years, 1.0);
        if (this == FORWARD_PREMIUM_ADJUSTED) {
            delta -= Black76.price(type, forward, strike, vol, years, 1.0) / forward;
        }
        return delta;
    }
}
