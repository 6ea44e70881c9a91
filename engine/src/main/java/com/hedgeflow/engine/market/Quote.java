package com.hedgeflow.engine.market;

import java.time.Instant;

/**
 * The latest ticker of one instrument. Missing values are {@code NaN} (an empty book side, no IV on a
 * perpetual), so that a quote stays a flat value type on the hot path.
 *
 * @param markPrice       in the instrument's price unit: coin for inverse options, USD for perpetuals
 * @param markIv          decimal (0.62), {@code NaN} for non-options
 * @param underlyingPrice the forward the venue prices the option on (future or index)
 */
public record Quote(
        InstrumentKey instrument,
        Instant timestamp,
        double bestBid,
        double bestAsk,
        double markPrice,
        double markIv,
        double underlyingPrice,
        double indexPrice,
        double openInterest) {
}
