package com.hedgeflow.simulator.book;

import com.hedgeflow.simulator.instruments.ListedInstrument;
import java.util.Objects;

/**
 * One holding of the demo account. A size of zero is a position traded flat: Deribit keeps reporting it
 * (direction {@code zero}) until the day ends, so the book does too.
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
        if (Double.isNaN(size) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("a demo position needs a finite size: " + instrument.name());
        }
    }
}
