package com.hedgeflow.simulator.market;

import java.util.SplittableRandom;

/**
 * The per-instrument facts that persist between ticks: the opening mark (used as the last settlement),
 * last traded price, session high/low, and seeded activity levels (open interest, volume, quoted depth).
 * Mutated only by the market thread.
 */
final class InstrumentTape {
    final double settlementPrice;
    final double openInterest;
    final double volume24h;
    final double depth;
    double lastPrice;
    double high;
    double low;

    InstrumentTape(double openingMark, double openInterest, double volume24h, double depth) {
        this.settlementPrice = openingMark;
        this.openInterest = openInterest;
        this.volume24h = volume24h;
        this.depth = depth;
        this.lastPrice = openingMark;
        this.high = openingMark;
        this.low = openingMark;
    }

    /** Records a print now and then, so last_price lags the mark the way a thin options market does. */
    void maybeTrade(double price, SplittableRandom rng, double probability) {
        if (rng.nextDouble() < probability) {
            lastPrice = price;
            high = Math.max(high, price);
            low = Math.min(low, price);
        }
    }

    InstrumentQuote.Stats stats(double indexPrice, double markPrice, boolean inverseOption) {
        double change = settlementPrice > 0 ? (lastPrice - settlementPrice) / settlementPrice * 100.0 : 0.0;
        double volumeUsd = inverseOption ? volume24h * indexPrice : volume24h * markPrice;
        return new InstrumentQuote.Stats(Rounding.decimals(volume24h, 1), Rounding.decimals(volumeUsd, 0), high, low,
                Rounding.decimals(change, 4));
    }
}
