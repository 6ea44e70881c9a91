package com.hedgeflow.simulator.market;

import com.hedgeflow.simulator.instruments.ListedInstrument;

/** The perpetual's market at one tick. Prices in USD, amounts and open interest in USD. */
public record PerpetualQuote(
        ListedInstrument instrument,
        double markPrice,
        double bidPrice,
        double bidAmount,
        double askPrice,
        double askAmount,
        double indexPrice,
        double currentFunding,
        double funding8h,
        double interestValue,
        double openInterest,
        double lastPrice,
        double minPrice,
        double maxPrice,
        double settlementPrice,
        InstrumentQuote.Stats stats) implements InstrumentQuote {
}
