package com.hedgeflow.simulator.market;

import com.hedgeflow.simulator.instruments.ListedInstrument;

/**
 * An option's market at one tick. Prices in BTC; vols as decimals (the JSON layer turns them into percent);
 * greeks in Deribit units (see {@link OptionMath}). {@code NaN} bid or ask means that side is empty.
 */
public record OptionQuote(
        ListedInstrument instrument,
        double markPrice,
        double markVol,
        double bidPrice,
        double bidAmount,
        double bidVol,
        double askPrice,
        double askAmount,
        double askVol,
        double underlyingPrice,
        double indexPrice,
        OptionMath.Greeks greeks,
        double openInterest,
        double lastPrice,
        double minPrice,
        double maxPrice,
        double settlementPrice,
        InstrumentQuote.Stats stats) implements InstrumentQuote {
}
