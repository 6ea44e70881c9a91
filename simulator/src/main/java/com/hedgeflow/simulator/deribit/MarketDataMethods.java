package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.simulator.instruments.InstrumentCatalogue;
import com.hedgeflow.simulator.instruments.ListedInstrument;
import com.hedgeflow.simulator.market.MarketSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import static com.hedgeflow.simulator.deribit.JsonFields.number;

/** Public reference and market data: the instrument list, one ticker, the index. */
final class MarketDataMethods {
    static final Set<String> CURRENCIES = Set.of("BTC", "ETH", "USDC", "USDT", "EURR", "any");
    static final Set<String> KINDS = Set.of("future", "option", "spot", "future_combo", "option_combo");

    private final InstrumentCatalogue catalogue;
    private final Supplier<MarketSnapshot> market;
    private final Clock clock;

    MarketDataMethods(InstrumentCatalogue catalogue, Supplier<MarketSnapshot> market, Clock clock) {
        this.catalogue = catalogue;
        this.market = market;
        this.clock = clock;
    }

    void register(MethodTable table) {
        table.add("public/get_instruments", this::instruments);
        table.add("public/ticker", this::ticker);
        table.add("public/get_index_price", this::indexPrice);
        table.add("public/get_book_summary_by_currency", this::bookSummaries);
    }

    /** The whole chain in one answer: how a client loads marks, IVs and open interest without a ticker each. */
    private JsonNode bookSummaries(RpcCall call) throws RpcError {
        String currency = currency(call.params());
        String kind = kind(call.params());
        MarketSnapshot snapshot = market.get();
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (!currency.equals("BTC") && !currency.equals("any")) {
            return out;
        }
        for (ListedInstrument i : catalogue.all()) {
            if (kind == null || kind.equals(i.kind())) {
                snapshot.quote(i.name()).ifPresent(q -> out.add(BookSummaryJson.summary(q, snapshot)));
            }
        }
        return out;
    }

    private JsonNode instruments(RpcCall call) throws RpcError {
        String currency = currency(call.params());
        String kind = kind(call.params());
        boolean expired = call.params().optionalBoolean("expired", false);
        Instant now = clock.instant();
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (!currency.equals("BTC") && !currency.equals("any")) {
            return out;
        }
        for (ListedInstrument i : catalogue.all()) {
            boolean isExpired = !now.isBefore(i.expiry());
            if (isExpired == expired && (kind == null || kind.equals(i.kind()))) {
                out.add(InstrumentJson.instrument(i, now));
            }
        }
        return out;
    }

    private JsonNode ticker(RpcCall call) throws RpcError {
        String name = call.params().requiredText("instrument_name");
        MarketSnapshot snapshot = market.get();
        return snapshot.quote(name)
                .map(q -> (JsonNode) TickerJson.ticker(q, snapshot))
                .orElseThrow(() -> RpcError.invalidParam("instrument_name", "instrument not found"));
    }

    private JsonNode indexPrice(RpcCall call) throws RpcError {
        String index = call.params().requiredText("index_name");
        if (!index.equals("btc_usd")) {
            throw RpcError.invalidParam("index_name", "unknown index");
        }
        MarketSnapshot snapshot = market.get();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        number(out, "index_price", snapshot.index());
        number(out, "estimated_delivery_price", snapshot.index());
        return out;
    }

    static String currency(Params params) throws RpcError {
        String currency = params.requiredText("currency");
        if (!CURRENCIES.contains(currency)) {
            throw RpcError.invalidParam("currency", "must be one of " + String.join(", ", CURRENCIES));
        }
        return currency;
    }

    static String kind(Params params) throws RpcError {
        String kind = params.optionalText("kind");
        if (kind != null && !KINDS.contains(kind)) {
            throw RpcError.invalidParam("kind", "must be one of " + String.join(", ", KINDS));
        }
        return kind;
    }
}
