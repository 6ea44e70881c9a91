package com.hedgeflow.simulator.deribit;

/**
 * One request being handled.
 *
 * @param authenticated whether the connection, or a valid {@code access_token} in the params, is logged in
 */
public record RpcCall(DeribitConnection connection, String method, Params params, boolean authenticated) {
}
