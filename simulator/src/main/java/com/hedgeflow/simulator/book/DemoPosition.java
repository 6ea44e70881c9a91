package com.hedgeflow.simulator.book;

import com.hedgeflow.simulator.instruments.ListedInstrument;
import java.util.Objects;

/**
 * One holding of the demo account.
 *
 * @param size         signed: BTC for options, USD for the perpetual (negative = short)
 * @param averagePrice entry price in the instrument's price unit
 * @param averagePriceUsd options: the entry premium in USD at the entry index; NaN for the perpetual
 * @param realizedPnl  BTC
 */
public record DemoPosition(ListedInstrument instrument, double size, double averagePrice, double averagePriceUsd,
        double realizedPnl) {
    public DemoPosition {
        Objects.requireNonNull(instrument, "instrument");
        if (size == 0) {
            throw new IllegalArgumentException("a demo position needs a size: " + instrument.name());
        }
    }
}
