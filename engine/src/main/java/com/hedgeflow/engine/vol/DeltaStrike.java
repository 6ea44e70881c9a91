package com.hedgeflow.engine.vol;

import com.hedgeflow.engine.market.OptionType;

/**
 * The strike on a smile where an option has a given delta.
 *
 * @param type           call or put
 * @param delta          the signed delta solved for (+0.25 for a 25Δ call, −0.25 for a 25Δ put)
 * @param strike         strike in the forward's quote currency
 * @param logMoneyness   ln(strike / forward)
 * @param vol            the smile's implied vol at that strike, decimal
 */
public record DeltaStrike(OptionType type, double delta, double strike, double logMoneyness, double vol) {
}
