package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.market.BookState;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.market.Quote;

/**
 * The freshest instrument facts and prices, read on the engine thread at the moment of a decision or a click.
 * Risk snapshots carry positions and totals but no quotes of instruments the book does not hold, and an approval
 * must be checked against prices newer than the last snapshot.
 */
public interface MarketLookup {

    /** {@code null} when the venue does not list it. */
    Instrument instrument(InstrumentKey key);

    /** {@code null} before the first ticker. */
    Quote quote(InstrumentKey key);

    /** Depth at the touch; from the quote unless a connector feeds sizes. */
    default TopOfBook topOfBook(InstrumentKey key) {
        Quote q = quote(key);
        return q == null ? null : TopOfBook.of(q);
    }

    /** The engine's own book. Only valid on the engine thread, like the book itself. */
    static MarketLookup of(BookState book) {
        return new MarketLookup() {
            @Override
            public Instrument instrument(InstrumentKey key) {
                return book.instrument(key);
            }

            @Override
            public Quote quote(InstrumentKey key) {
                return book.quote(key);
            }
        };
    }
}
