package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.JsonNode;

/** Handles one JSON-RPC method; returns the {@code result}. */
@FunctionalInterface
public interface RpcMethod {
    JsonNode handle(RpcCall call) throws RpcError;
}
