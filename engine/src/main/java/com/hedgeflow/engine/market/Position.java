package com.hedgeflow.engine.market;

/**
 * A position in venue units, signed (negative is short): USD for inverse perpetuals and futures, coin for
 * options and linear products.
 */
public record Position(InstrumentKey instrument, double size, double averagePrice) {
}
