package com.hedgeflow.simulator.market;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the venue publishes for one tick. Immutable, so request threads can read it while the market
 * thread builds the next one.
 *
 * @param step  ticks since the venue started; 0 is the opening state
 * @param index the btc_usd index, rounded as published
 */
public record MarketSnapshot(long step, Instant timestamp, double index, Map<String, InstrumentQuote> quotes) {
    public MarketSnapshot {
        quotes = Map.copyOf(quotes);
    }

    public Optional<InstrumentQuote> quote(String instrumentName) {
        return Optional.ofNullable(quotes.get(instrumentName));
    }
}
