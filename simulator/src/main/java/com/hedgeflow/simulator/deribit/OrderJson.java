package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.simulator.orders.SimOrder;
import com.hedgeflow.simulator.orders.SimTrade;
import java.util.List;

import static com.hedgeflow.simulator.deribit.JsonFields.number;

/** Order and user-trade objects with Deribit's names (venues.md §1.7.5, §1.7.6). */
final class OrderJson {
    private OrderJson() {
    }

    static ObjectNode order(SimOrder o) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("order_id", o.orderId());
        d.put("order_state", o.state());
        d.put("order_type", o.orderType());
        d.put("original_order_type", o.orderType());
        d.put("time_in_force", o.timeInForce());
        d.put("instrument_name", o.instrument().name());
        d.put("direction", o.direction());
        if (Double.isNaN(o.price())) {
            d.put("price", "market_price");
        } else {
            d.put("price", o.price());
        }
        d.put("amount", o.amount());
        d.put("contracts", o.contracts());
        d.put("filled_amount", o.filledAmount());
        number(d, "average_price", o.averagePrice());
        d.put("label", o.label());
        d.put("post_only", o.postOnly());
        d.put("reject_post_only", false);
        d.put("reduce_only", o.reduceOnly());
        d.put("api", true);
        d.put("web", false);
        d.put("creation_timestamp", o.creationMillis());
        d.put("last_update_timestamp", o.lastUpdateMillis());
        d.put("is_liquidation", false);
        d.put("replaced", false);
        d.put("mmp", false);
        d.put("risk_reducing", false);
        if (!o.cancelReason().isEmpty()) {
            d.put("cancel_reason", o.cancelReason());
        }
        return d;
    }

    static ObjectNode trade(SimTrade t) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("trade_id", t.tradeId());
        d.put("trade_seq", t.tradeSeq());
        d.put("instrument_name", t.instrument().name());
        d.put("timestamp", t.timestamp());
        d.put("order_id", t.orderId());
        d.put("order_type", t.orderType());
        d.put("direction", t.direction());
        d.put("price", t.price());
        d.put("amount", t.amount());
        d.put("contracts", t.contracts());
        d.put("state", t.orderState());
        d.put("liquidity", t.liquidity());
        d.put("fee", t.fee());
        d.put("fee_currency", "BTC");
        number(d, "mark_price", t.markPrice());
        number(d, "index_price", t.indexPrice());
        d.put("tick_direction", 0);
        if (t.instrument().isOption()) {
            d.put("underlying_price", t.indexPrice());
        }
        d.put("label", t.label());
        d.put("reduce_only", t.reduceOnly());
        d.put("post_only", t.postOnly());
        d.putNull("matching_id");
        d.put("api", true);
        d.put("mmp", false);
        return d;
    }

    static ArrayNode orders(List<SimOrder> orders) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        orders.forEach(o -> out.add(order(o)));
        return out;
    }

    static ArrayNode trades(List<SimTrade> trades) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        trades.forEach(t -> out.add(trade(t)));
        return out;
    }
}
