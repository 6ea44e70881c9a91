package com.hedgeflow.simulator.deribit;

import static com.hedgeflow.simulator.deribit.JsonFields.number;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.simulator.market.InstrumentQuote;
import com.hedgeflow.simulator.market.MarketSnapshot;
import com.hedgeflow.simulator.market.OptionQuote;
import com.hedgeflow.simulator.market.PerpetualQuote;

/**
 * One entry of {@code public/get_book_summary_by_currency} (venues.md §1.7.2): no greeks, IVs in percent,
 * {@code underlying_index} a string, nulls where a side is empty.
 */
final class BookSummaryJson {
    private BookSummaryJson() {
    }

    static ObjectNode summary(InstrumentQuote quote, MarketSnapshot market) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("instrument_name", quote.instrument().name());
        d.put("base_currency", "BTC");
        d.put("quote_currency", quote instanceof OptionQuote ? "BTC" : "USD");
        d.put("creation_timestamp", market.timestamp().toEpochMilli());
        number(d, "mark_price", quote.markPrice());
        number(d, "estimated_delivery_price", market.index());
        if (quote instanceof OptionQuote o) {
            sides(d, o.bidPrice(), o.askPrice(), o.lastPrice());
            number(d, "mark_iv", o.markVol() * 100.0);
            number(d, "open_interest", o.openInterest());
            number(d, "underlying_price", o.underlyingPrice());
            d.put("underlying_index", "index_price");
            number(d, "interest_rate", 0.0);
            stats(d, o.stats());
        } else {
            PerpetualQuote p = (PerpetualQuote) quote;
            sides(d, p.bidPrice(), p.askPrice(), p.lastPrice());
            number(d, "open_interest", p.openInterest());
            number(d, "current_funding", p.currentFunding());
            number(d, "funding_8h", p.funding8h());
            stats(d, p.stats());
        }
        return d;
    }

    private static void sides(ObjectNode d, double bid, double ask, double last) {
        number(d, "bid_price", bid);
        number(d, "ask_price", ask);
        number(d, "mid_price", Double.isFinite(bid) && Double.isFinite(ask) ? (bid + ask) / 2 : Double.NaN);
        number(d, "last", last);
    }

    private static void stats(ObjectNode d, InstrumentQuote.Stats s) {
        number(d, "volume", s.volume());
        number(d, "volume_usd", s.volumeUsd());
        number(d, "high", s.high());
        number(d, "low", s.low());
        number(d, "price_change", s.priceChangePercent());
    }
}
