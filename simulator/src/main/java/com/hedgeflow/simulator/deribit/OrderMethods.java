package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.simulator.instruments.InstrumentCatalogue;
import com.hedgeflow.simulator.instruments.ListedInstrument;
import com.hedgeflow.simulator.orders.MatchingEngine;
import com.hedgeflow.simulator.orders.OrderRejected;
import com.hedgeflow.simulator.orders.OrderRequest;
import com.hedgeflow.simulator.orders.SimTrade;
import java.util.List;
import java.util.Set;

/**
 * Order entry and order queries for the demo account (venues.md §1.7.5–§1.7.7). This layer reads and checks
 * the params' shape ({@code -32602}); the matching engine applies the venue's rules (its own error codes).
 */
final class OrderMethods {
    static final int MAX_LABEL = 64;
    static final Set<String> TYPES = Set.of("limit", "market");
    static final Set<String> TIMES_IN_FORCE = Set.of("good_til_cancelled", "immediate_or_cancel", "fill_or_kill");
    private static final int MAX_TRADES = 1000;

    private final InstrumentCatalogue catalogue;
    private final MatchingEngine engine;

    OrderMethods(InstrumentCatalogue catalogue, MatchingEngine engine) {
        this.catalogue = catalogue;
        this.engine = engine;
    }

    void register(MethodTable table) {
        table.add("private/buy", call -> place(call, true));
        table.add("private/sell", call -> place(call, false));
        table.add("private/cancel", this::cancel);
        table.add("private/cancel_all", call -> IntNode.valueOf(engine.cancelAll()));
        table.add("private/get_open_orders_by_currency", this::openOrders);
        table.add("private/get_order_state", this::orderState);
        table.add("private/get_order_state_by_label", this::byLabel);
        table.add("private/get_user_trades_by_currency", this::userTrades);
    }

    private JsonNode place(RpcCall call, boolean buy) throws RpcError {
        OrderRequest request = request(call.params(), buy);
        try {
            MatchingEngine.Placed placed = engine.place(request);
            if (placed.order().isOpen()) {
                call.connection().orderPlaced(placed.order().orderId());
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.set("order", OrderJson.order(placed.order()));
            out.set("trades", OrderJson.trades(placed.trades()));
            return out;
        } catch (OrderRejected e) {
            throw venue(e);
        }
    }

    private OrderRequest request(Params p, boolean buy) throws RpcError {
        String name = p.requiredText("instrument_name");
        ListedInstrument instrument = catalogue.find(name).orElseThrow(() -> RpcError.venue(
                OrderRejected.INVALID_OR_UNSUPPORTED_INSTRUMENT, "invalid_or_unsupported_instrument", name));
        double amount = amount(p, instrument);
        String type = p.optionalText("type");
        type = type == null ? "limit" : type;
        if (!TYPES.contains(type)) {
            throw RpcError.invalidParam("type", "must be limit or market (trigger orders are not simulated)");
        }
        double price = Double.NaN;
        if (type.equals("limit")) {
            price = p.optionalDouble("price");
            if (Double.isNaN(price)) {
                throw RpcError.invalidParam("price", "missing: a limit order needs a price");
            }
            if (!(price > 0) || Double.isInfinite(price)) {
                throw RpcError.invalidParam("price", "must be positive");
            }
        }
        String label = p.optionalText("label");
        label = label == null ? "" : label;
        if (label.length() > MAX_LABEL) {
            throw RpcError.invalidParam("label", "at most " + MAX_LABEL + " characters");
        }
        String tif = p.optionalText("time_in_force");
        tif = tif == null ? "good_til_cancelled" : tif;
        if (!TIMES_IN_FORCE.contains(tif)) {
            throw RpcError.invalidParam("time_in_force", "must be one of " + String.join(", ", TIMES_IN_FORCE));
        }
        boolean postOnly = p.optionalBoolean("post_only", false);
        if (postOnly && !tif.equals("good_til_cancelled")) {
            throw RpcError.invalidParam("post_only", "only with good_til_cancelled");
        }
        return new OrderRequest(instrument, buy, amount, type, price, label, tif, postOnly,
                p.optionalBoolean("reduce_only", false));
    }

    /** {@code amount} in the instrument's unit, or {@code contracts}; when both are sent they must agree. */
    private static double amount(Params p, ListedInstrument instrument) throws RpcError {
        double amount = p.optionalDouble("amount");
        double contracts = p.optionalDouble("contracts");
        if (Double.isNaN(amount) && Double.isNaN(contracts)) {
            throw RpcError.invalidParam("amount", "missing: give amount or contracts");
        }
        double fromContracts = contracts * instrument.contractSize();
        if (!Double.isNaN(amount) && !Double.isNaN(contracts) && Math.abs(amount - fromContracts) > 1e-9) {
            throw RpcError.invalidParam("contracts", "does not match amount");
        }
        double out = Double.isNaN(amount) ? fromContracts : amount;
        if (out < 0 || Double.isInfinite(out)) {
            throw RpcError.invalidParam(Double.isNaN(amount) ? "contracts" : "amount", "must be positive");
        }
        return out;
    }

    private JsonNode cancel(RpcCall call) throws RpcError {
        try {
            return OrderJson.order(engine.cancel(call.params().requiredText("order_id")));
        } catch (OrderRejected e) {
            throw venue(e);
        }
    }

    private JsonNode openOrders(RpcCall call) throws RpcError {
        String currency = MarketDataMethods.currency(call.params());
        String kind = MarketDataMethods.kind(call.params());
        String type = call.params().optionalText("type");
        // Only plain limit and market orders exist here, so every trigger-order filter matches nothing.
        boolean plain = type == null || type.equals("all") || type.equals("limit");
        if (!plain || !ours(currency)) {
            return JsonNodeFactory.instance.arrayNode();
        }
        return OrderJson.orders(engine.openOrders(kind));
    }

    private JsonNode orderState(RpcCall call) throws RpcError {
        String id = call.params().requiredText("order_id");
        return OrderJson.order(engine.order(id).orElseThrow(
                () -> RpcError.venue(OrderRejected.ORDER_NOT_FOUND, "order_not_found", "no order " + id)));
    }

    private JsonNode byLabel(RpcCall call) throws RpcError {
        String currency = MarketDataMethods.currency(call.params());
        String label = call.params().requiredText("label");
        if (!ours(currency)) {
            return JsonNodeFactory.instance.arrayNode();
        }
        return OrderJson.orders(engine.ordersByLabel(label));
    }

    private JsonNode userTrades(RpcCall call) throws RpcError {
        String currency = MarketDataMethods.currency(call.params());
        String kind = MarketDataMethods.kind(call.params());
        long count = call.params().has("count") ? call.params().requiredLong("count") : 10;
        if (count < 1 || count > MAX_TRADES) {
            throw RpcError.invalidParam("count", "must be between 1 and " + MAX_TRADES);
        }
        List<SimTrade> trades = ours(currency) ? engine.trades(kind, (int) count + 1) : List.of();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("trades", OrderJson.trades(trades.subList(0, Math.min(trades.size(), (int) count))));
        out.put("has_more", trades.size() > count);
        return out;
    }

    private static boolean ours(String currency) {
        return currency.equals("BTC") || currency.equals("any");
    }

    private static RpcError venue(OrderRejected e) {
        return RpcError.venue(e.code(), e.getMessage(), e.reason());
    }
}
