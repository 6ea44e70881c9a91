package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.simulator.book.PositionValuation;
import com.hedgeflow.simulator.instruments.ListedInstrument;
import java.time.Instant;

import static com.hedgeflow.simulator.deribit.JsonFields.number;

/** One {@code public/get_instruments} entry (venues.md §1.7.1) with Deribit's names and BTC terms. */
final class InstrumentJson {
    private InstrumentJson() {
    }

    static ObjectNode instrument(ListedInstrument i, Instant now) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("instrument_name", i.name());
        d.put("instrument_id", i.instrumentId());
        d.put("kind", i.kind());
        d.put("is_active", now.isBefore(i.expiry()));
        d.put("state", now.isBefore(i.expiry()) ? "open" : "delivered");
        d.put("expiration_timestamp", i.expiry().toEpochMilli());
        d.put("creation_timestamp", i.creation().toEpochMilli());
        d.put("settlement_period", i.settlementPeriod());
        number(d, "contract_size", i.contractSize());
        number(d, "min_trade_amount", i.minTradeAmount());
        number(d, "tick_size", i.tickSize());
        // One tick across the whole price range, so no steps.
        d.putArray("tick_size_steps");
        d.put("base_currency", "BTC");
        d.put("counter_currency", "USD");
        d.put("settlement_currency", "BTC");
        d.put("instrument_type", "reversed");
        d.put("price_index", "btc_usd");
        d.put("rfq", false);
        if (i.isOption()) {
            d.put("quote_currency", "BTC");
            d.put("option_type", i.optionType() == OptionType.CALL ? "call" : "put");
            number(d, "strike", i.strike());
            number(d, "maker_commission", 0.0003);
            number(d, "taker_commission", 0.0003);
            number(d, "block_trade_commission", 0.0003);
            number(d, "block_trade_min_trade_amount", 25.0);
            number(d, "block_trade_tick_size", 0.0001);
        } else {
            d.put("quote_currency", "USD");
            d.put("future_type", "reversed");
            number(d, "maker_commission", 0.0);
            number(d, "taker_commission", 0.0005);
            number(d, "max_leverage", PositionValuation.PERP_MAX_LEVERAGE);
            number(d, "max_liquidation_commission", 0.0075);
            number(d, "block_trade_commission", 0.00025);
            number(d, "block_trade_min_trade_amount", 200000.0);
            number(d, "block_trade_tick_size", 0.01);
        }
        return d;
    }
}
