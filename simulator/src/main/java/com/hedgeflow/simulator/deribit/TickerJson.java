package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.simulator.market.InstrumentQuote;
import com.hedgeflow.simulator.market.MarketSnapshot;
import com.hedgeflow.simulator.market.OptionQuote;
import com.hedgeflow.simulator.market.PerpetualQuote;
import com.hedgeflow.simulator.market.Rounding;

import static com.hedgeflow.simulator.deribit.JsonFields.number;

/**
 * The {@code ticker.*} / {@code public/ticker} object (venues.md §1.6.1) with Deribit's names. Vols go out in
 * percent; an empty side has a null price and zero amount.
 */
final class TickerJson {
    private TickerJson() {
    }

    static ObjectNode ticker(InstrumentQuote quote, MarketSnapshot market) {
        if (quote instanceof OptionQuote option) {
            return option(option, market);
        }
        return perpetual((PerpetualQuote) quote, market);
    }

    static ObjectNode index(MarketSnapshot market) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("index_name", "btc_usd");
        number(data, "price", market.index());
        data.put("timestamp", market.timestamp().toEpochMilli());
        return data;
    }

    private static ObjectNode option(OptionQuote q, MarketSnapshot market) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("instrument_name", q.instrument().name());
        d.put("timestamp", market.timestamp().toEpochMilli());
        d.put("state", "open");
        number(d, "mark_price", q.markPrice());
        number(d, "mark_iv", percent(q.markVol()));
        number(d, "bid_iv", percent(q.bidVol()));
        number(d, "ask_iv", percent(q.askVol()));
        number(d, "best_bid_price", q.bidPrice());
        number(d, "best_bid_amount", q.bidAmount());
        number(d, "best_ask_price", q.askPrice());
        number(d, "best_ask_amount", q.askAmount());
        number(d, "underlying_price", q.underlyingPrice());
        // The forward is the index itself at the venue's zero rate; Deribit names that underlying "index_price".
        d.put("underlying_index", "index_price");
        number(d, "index_price", q.indexPrice());
        number(d, "interest_rate", 0.0);
        number(d, "open_interest", q.openInterest());
        number(d, "last_price", q.lastPrice());
        number(d, "min_price", q.minPrice());
        number(d, "max_price", q.maxPrice());
        number(d, "settlement_price", q.settlementPrice());
        number(d, "estimated_delivery_price", q.indexPrice());
        ObjectNode greeks = d.putObject("greeks");
        number(greeks, "delta", q.greeks().delta());
        number(greeks, "gamma", q.greeks().gamma());
        number(greeks, "vega", q.greeks().vega());
        number(greeks, "theta", q.greeks().theta());
        number(greeks, "rho", q.greeks().rho());
        stats(d, q.stats());
        return d;
    }

    private static ObjectNode perpetual(PerpetualQuote q, MarketSnapshot market) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("instrument_name", q.instrument().name());
        d.put("timestamp", market.timestamp().toEpochMilli());
        d.put("state", "open");
        number(d, "mark_price", q.markPrice());
        number(d, "index_price", q.indexPrice());
        number(d, "best_bid_price", q.bidPrice());
        number(d, "best_bid_amount", q.bidAmount());
        number(d, "best_ask_price", q.askPrice());
        number(d, "best_ask_amount", q.askAmount());
        number(d, "current_funding", q.currentFunding());
        number(d, "funding_8h", q.funding8h());
        number(d, "interest_value", q.interestValue());
        number(d, "open_interest", q.openInterest());
        number(d, "last_price", q.lastPrice());
        number(d, "min_price", q.minPrice());
        number(d, "max_price", q.maxPrice());
        number(d, "settlement_price", q.settlementPrice());
        number(d, "estimated_delivery_price", q.indexPrice());
        stats(d, q.stats());
        return d;
    }

    private static void stats(ObjectNode d, InstrumentQuote.Stats s) {
        ObjectNode stats = d.putObject("stats");
        number(stats, "volume", s.volume());
        number(stats, "volume_usd", s.volumeUsd());
        number(stats, "high", s.high());
        number(stats, "low", s.low());
        number(stats, "price_change", s.priceChangePercent());
    }

    private static double percent(double vol) {
        return Rounding.decimals(vol * 100.0, 2);
    }
}
