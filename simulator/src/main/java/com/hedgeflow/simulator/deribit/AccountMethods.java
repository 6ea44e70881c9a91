package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.hedgeflow.simulator.book.DemoBook;
import com.hedgeflow.simulator.book.DemoPosition;
import com.hedgeflow.simulator.book.PositionValuation;
import com.hedgeflow.simulator.market.MarketSnapshot;
import java.util.function.Supplier;

/** The demo account's positions, marked to the newest tick. The dispatcher has already checked the login. */
final class AccountMethods {
    private final DemoBook book;
    private final Supplier<MarketSnapshot> market;

    AccountMethods(DemoBook book, Supplier<MarketSnapshot> market) {
        this.book = book;
        this.market = market;
    }

    void register(MethodTable table) {
        table.add("private/get_positions", this::positions);
    }

    private JsonNode positions(RpcCall call) throws RpcError {
        // Deribit made currency optional in later API versions; absent means every currency.
        String currency = call.params().has("currency") ? MarketDataMethods.currency(call.params()) : "any";
        String kind = MarketDataMethods.kind(call.params());
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (!currency.equals("BTC") && !currency.equals("any")) {
            return out;
        }
        MarketSnapshot snapshot = market.get();
        for (DemoPosition p : book.positions()) {
            if (kind == null || kind.equals(p.instrument().kind())) {
                out.add(PositionJson.position(PositionValuation.value(p, snapshot)));
            }
        }
        return out;
    }
}
