package com.hedgeflow.connectors.deribit.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns Deribit's order answers (venues.md §1.7.5–§1.7.7) into {@link OrderEvent}s. Pure, so it is tested alone. */
final class OrderAnswers {
    private OrderAnswers() {
    }

    /**
     * The events a {@code private/buy|sell} answer means, in order: acknowledged, one fill per trade, then the
     * end the venue gave the rest (an IOC's unfilled part is cancelled).
     *
     * @throws IllegalArgumentException when the answer has no order id: we cannot tell what happened
     */
    static List<OrderEvent> placed(String clientOrderId, JsonNode result, Instant at) {
        JsonNode order = result.path("order");
        String orderId = order.path("order_id").asText("");
        if (orderId.isEmpty()) {
            throw new IllegalArgumentException("answer without order.order_id: " + result);
        }
        List<OrderEvent> events = new ArrayList<>();
        events.add(new OrderEvent.Acknowledged(clientOrderId, at, orderId));
        for (JsonNode t : result.path("trades")) {
            events.add(fill(clientOrderId, t, at));
        }
        String state = order.path("order_state").asText("");
        if (state.equals("cancelled")) {
            String reason = order.path("cancel_reason").asText("");
            events.add(new OrderEvent.Cancelled(clientOrderId, at,
                    reason.isEmpty() || reason.equals("null") ? "unfilled rest cancelled by the venue" : reason));
        } else if (state.equals("rejected")) {
            events.add(new OrderEvent.Rejected(clientOrderId, at, "venue reports order_state rejected"));
        }
        return events;
    }

    static OrderEvent.Filled fill(String clientOrderId, JsonNode t, Instant fallback) {
        Instant at = t.hasNonNull("timestamp") ? Instant.ofEpochMilli(t.get("timestamp").asLong()) : fallback;
        return new OrderEvent.Filled(clientOrderId, at, t.path("trade_id").asText(), t.path("amount").asDouble(),
                t.path("price").asDouble(), t.path("fee").asDouble(0));
    }

    /**
     * The answer to {@code get_order_state_by_label}: NotFound only for an empty list (the venue's definitive
     * answer). Labels are tags, not keys, so several orders may carry one; the newest is the one reported.
     */
    static OrderEvent found(String clientOrderId, JsonNode orders, Instant at) {
        if (!orders.isArray()) {
            throw new IllegalArgumentException("get_order_state_by_label did not answer a list: " + orders);
        }
        Optional<JsonNode> newest = Optional.empty();
        for (JsonNode o : orders) {
            if (newest.isEmpty() || o.path("creation_timestamp").asLong() >= newest.get().path("creation_timestamp").asLong()) {
                newest = Optional.of(o);
            }
        }
        if (newest.isEmpty()) {
            return new OrderEvent.NotFound(clientOrderId, at);
        }
        JsonNode o = newest.get();
        double filled = o.path("filled_amount").asDouble(0);
        double average = filled > 0 ? o.path("average_price").asDouble(Double.NaN) : Double.NaN;
        return new OrderEvent.Found(clientOrderId, at, state(o.path("order_state").asText(), filled), filled, average,
                o.path("order_id").asText());
    }

    /** Deribit's order_state in our terms; untriggered and triggered orders are live and count as acknowledged. */
    static OrderState state(String deribitState, double filled) {
        switch (deribitState) {
            case "filled":
                return OrderState.FILLED;
            case "cancelled":
                return OrderState.CANCELLED;
            case "rejected":
                return OrderState.REJECTED;
            case "open":
            case "untriggered":
            case "triggered":
                return filled > 0 ? OrderState.PARTIALLY_FILLED : OrderState.ACKNOWLEDGED;
            default:
                throw new IllegalArgumentException("unknown order_state '" + deribitState + "'");
        }
    }
}
