package com.hedgeflow.connectors.deribit.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A private JSON-RPC call on the venue's logged-in session ({@code DeribitConnector::privateCall}), with the
 * failure kinds the gateway tells apart: not sent, timed out, socket lost, error answer.
 */
@FunctionalInterface
public interface PrivateRpc {
    CompletableFuture<JsonNode> call(String method, ObjectNode params, Duration timeout);
}
