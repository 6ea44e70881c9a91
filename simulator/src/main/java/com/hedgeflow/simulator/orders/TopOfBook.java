package com.hedgeflow.simulator.orders;

import com.hedgeflow.simulator.market.InstrumentQuote;
import com.hedgeflow.simulator.market.OptionQuote;
import com.hedgeflow.simulator.market.PerpetualQuote;

/**
 * The best bid and ask an order meets. The simulator has no depth beyond the top, so a crossing order fills its
 * whole size at the best price. {@code NaN} marks an empty side (a far out-of-the-money option has no bid).
 */
record TopOfBook(double bid, double ask, double mark, double index) {

    static TopOfBook of(InstrumentQuote quote) {
        if (quote instanceof PerpetualQuote p) {
            return new TopOfBook(p.bidPrice(), p.askPrice(), p.markPrice(), p.indexPrice());
        }
        OptionQuote o = (OptionQuote) quote;
        return new TopOfBook(o.bidPrice(), o.askPrice(), o.markPrice(), o.indexPrice());
    }

    /** The price a buy (or sell) limited at {@code limit} takes now, or {@code NaN} if it does not cross. */
    double takePrice(boolean buy, boolean market, double limit) {
        double best = buy ? ask : bid;
        if (Double.isNaN(best)) {
            return Double.NaN;
        }
        boolean crosses = market || (buy ? limit >= best : limit <= best);
        return crosses ? best : Double.NaN;
    }
}
