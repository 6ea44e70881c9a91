package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.hedgeflow.simulator.orders.MatchingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancel-on-disconnect (venues.md §1.4.3): once enabled, a connection that ends for any reason other than
 * {@code private/logout} takes its own open orders with it, cancelled with reason {@code cancel_on_disconnect}.
 * Scope {@code account} turns it on for every connection, present and future.
 */
final class CancelOnDisconnect {
    private static final Logger LOG = LoggerFactory.getLogger(CancelOnDisconnect.class);

    private final MatchingEngine engine;
    private volatile boolean accountWide;

    CancelOnDisconnect(MatchingEngine engine, ConnectionRegistry connections) {
        this.engine = engine;
        connections.onEnded(this::ended);
    }

    void register(MethodTable table) {
        table.add("private/enable_cancel_on_disconnect", call -> set(call, true));
        table.add("private/disable_cancel_on_disconnect", call -> set(call, false));
        table.add("private/get_cancel_on_disconnect", this::get);
    }

    private TextNode set(RpcCall call, boolean enabled) throws RpcError {
        if (scope(call).equals("account")) {
            accountWide = enabled;
        }
        call.connection().cancelOnDisconnect(enabled);
        return TextNode.valueOf("ok");
    }

    private ObjectNode get(RpcCall call) throws RpcError {
        String scope = scope(call);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("scope", scope);
        out.put("enabled", scope.equals("account") ? accountWide : enabled(call.connection()));
        return out;
    }

    private static String scope(RpcCall call) throws RpcError {
        String scope = call.params().optionalText("scope");
        if (scope == null) {
            return "connection";
        }
        if (!scope.equals("connection") && !scope.equals("account")) {
            throw RpcError.invalidParam("scope", "must be connection or account");
        }
        return scope;
    }

    private boolean enabled(DeribitConnection connection) {
        return accountWide || connection.cancelOnDisconnect();
    }

    private void ended(DeribitConnection connection) {
        if (!enabled(connection) || connection.isLoggedOut()) {
            return;
        }
        int cancelled = engine.cancelOnDisconnect(connection.placedOrders());
        if (cancelled > 0) {
            LOG.info("connection {} ended: cancelled {} open orders (cancel_on_disconnect)", connection.id(), cancelled);
        }
    }
}
