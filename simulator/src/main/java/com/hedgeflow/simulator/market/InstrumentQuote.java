package com.hedgeflow.simulator.market;

import com.hedgeflow.simulator.instruments.ListedInstrument;

/** One instrument's market at one tick; what a ticker notification is built from. */
public sealed interface InstrumentQuote permits OptionQuote, PerpetualQuote {
    ListedInstrument instrument();

    /** Mark in the instrument's price unit: BTC for options, USD for the perpetual. */
    double markPrice();

    /** 24 h and session statistics, in the instrument's price unit and in base coin for volume. */
    record Stats(double volume, double volumeUsd, double high, double low, double priceChangePercent) {
    }
}
