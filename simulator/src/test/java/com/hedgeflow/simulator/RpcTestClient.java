package com.hedgeflow.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** A plain JSON-RPC client over a real OkHttp WebSocket, the way a connector would talk to the venue. */
public final class RpcTestClient implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 5;

    private final OkHttpClient http;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong(100);
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    public final BlockingQueue<JsonNode> notifications = new LinkedBlockingQueue<>();
    public final BlockingQueue<JsonNode> heartbeats = new LinkedBlockingQueue<>();
    /** Responses whose id is null or unknown (errors for requests the server could not read). */
    public final BlockingQueue<JsonNode> strayResponses = new LinkedBlockingQueue<>();
    /** Completes with the close code, or -1 when the socket failed without a close frame. */
    public final CompletableFuture<Integer> ended = new CompletableFuture<>();
    private volatile boolean autoAnswerTestRequests;

    private RpcTestClient(URI uri) throws Exception {
        http = new OkHttpClient.Builder().readTimeout(Duration.ZERO).build();
        CompletableFuture<Void> opened = new CompletableFuture<>();
        socket = http.newWebSocket(new Request.Builder().url(uri.toString()).build(), new WebSocketListener() {
            @Override
            public void onOpen(WebSocket webSocket, Response response) {
                opened.complete(null);
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                onText(text);
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                webSocket.close(1000, null);
                ended.complete(code);
            }

            @Override
            public void onClosed(WebSocket webSocket, int code, String reason) {
                ended.complete(code);
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                opened.completeExceptionally(t);
                ended.complete(-1);
            }
        });
        opened.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    public static RpcTestClient connect(URI uri) throws Exception {
        return new RpcTestClient(uri);
    }

    public void autoAnswerTestRequests(boolean on) {
        this.autoAnswerTestRequests = on;
    }

    private void onText(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("server sent bad JSON: " + text, e);
        }
        String method = node.path("method").asText("");
        if (method.equals("subscription")) {
            notifications.add(node);
        } else if (method.equals("heartbeat")) {
            heartbeats.add(node);
            if (autoAnswerTestRequests && node.path("params").path("type").asText().equals("test_request")) {
                sendAsync("public/test", JSON.createObjectNode());
            }
        } else {
            CompletableFuture<JsonNode> waiter = node.hasNonNull("id") ? pending.remove(node.get("id").asText()) : null;
            if (waiter != null) {
                waiter.complete(node);
            } else {
                strayResponses.add(node);
            }
        }
    }

    /** Sends a request and returns the whole response message (result or error). */
    public JsonNode call(String method, ObjectNode params) throws Exception {
        return sendAsync(method, params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Sends a request and returns its result, failing the test on an error response. */
    public JsonNode result(String method, ObjectNode params) throws Exception {
        JsonNode response = call(method, params);
        if (!response.has("result")) {
            throw new AssertionError(method + " failed: " + response);
        }
        return response.get("result");
    }

    public CompletableFuture<JsonNode> sendAsync(String method, ObjectNode params) {
        long id = ids.incrementAndGet();
        ObjectNode request = JSON.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("id", id);
        request.put("method", method);
        request.set("params", params);
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(Long.toString(id), f);
        socket.send(request.toString());
        return f;
    }

    /** Sends any text; expect the answer in {@link #strayResponses} or via its own id. */
    public void sendRaw(String text) {
        socket.send(text);
    }

    public CompletableFuture<JsonNode> expect(String id) {
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        return f;
    }

    public static ObjectNode params(Object... keyValues) {
        ObjectNode p = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.set((String) keyValues[i], JSON.valueToTree(keyValues[i + 1]));
        }
        return p;
    }

    @Override
    public void close() {
        socket.cancel();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
