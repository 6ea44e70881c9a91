package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.orders.Side;
import java.time.Instant;

/**
 * Best bid and ask with what rests there, and the venue's mark. Sizes are in venue units and {@code NaN} when
 * the feed does not carry them (Deribit's ticker does; our {@link Quote} does not yet), in which case the whole
 * hedge is assumed to fill at the touch.
 *
 * @param at when the venue published these prices; the collar refuses a mark older than its limit
 */
public record TopOfBook(double bid, double bidSize, double ask, double askSize, double mark, Instant at) {

    public static TopOfBook of(Quote q) {
        return new TopOfBook(q.bestBid(), Double.NaN, q.bestAsk(), Double.NaN, q.markPrice(), q.timestamp());
    }

    /** The price a taker pays on this side, {@code NaN} when the side is empty. */
    public double touch(Side side) {
        return side == Side.BUY ? ask : bid;
    }

    public double touchSize(Side side) {
        return side == Side.BUY ? askSize : bidSize;
    }
}
