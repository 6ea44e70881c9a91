package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.market.Quote;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Instruments and quotes a test sets by hand. */
public final class FakeMarket implements MarketLookup {
    private final Map<InstrumentKey, Instrument> instruments = new HashMap<>();
    private final Map<InstrumentKey, Quote> quotes = new HashMap<>();

    public FakeMarket list(Instrument i) {
        instruments.put(i.key(), i);
        return this;
    }

    public FakeMarket quote(Instrument i, double bid, double ask, double mark, Instant at) {
        quotes.put(i.key(), new Quote(i.key(), at, bid, ask, mark, Double.NaN, Double.NaN, Double.NaN, 0));
        return this;
    }

    public void put(Quote q) {
        quotes.put(q.instrument(), q);
    }

    @Override
    public Instrument instrument(InstrumentKey key) {
        return instruments.get(key);
    }

    @Override
    public Quote quote(InstrumentKey key) {
        return quotes.get(key);
    }
}
