package com.hedgeflow.connectors.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests sent on one connection that still wait for their answer, matched by JSON-RPC id. Also measures
 * round trips, which the status bar shows as latency.
 */
final class PendingCalls {
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, Call> pending = new ConcurrentHashMap<>();
    private volatile long lastRoundTripMillis = -1;

    private record Call(String method, long sentNanos, CompletableFuture<JsonNode> result) {
    }

    long open(String method, CompletableFuture<JsonNode> result) {
        long id = nextId.getAndIncrement();
        pending.put(id, new Call(method, System.nanoTime(), result));
        return id;
    }

    void abandon(long id, Throwable why) {
        Call call = pending.remove(id);
        if (call != null) {
            call.result.completeExceptionally(why);
        }
    }

    /** Completes the call this response answers; unknown ids (late answers after a timeout) are dropped. */
    void answer(JsonNode response) {
        Call call = pending.remove(response.path("id").asLong(-1));
        if (call == null) {
            return;
        }
        lastRoundTripMillis = (System.nanoTime() - call.sentNanos) / 1_000_000;
        JsonNode error = response.get("error");
        if (error != null && !error.isNull()) {
            call.result.completeExceptionally(new DeribitRpcException(call.method,
                    error.path("code").asInt(), error.path("message").asText("no message")));
        } else {
            call.result.complete(response.path("result"));
        }
    }

    void failAll(Throwable why) {
        for (Long id : pending.keySet()) {
            abandon(id, why);
        }
    }

    long lastRoundTripMillis() {
        return lastRoundTripMillis;
    }
}
