package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.io.UncheckedIOException;

/**
 * Writes the venue's JSON-RPC messages (venues.md §1.2): responses with {@code usIn/usOut/usDiff} in
 * microseconds and {@code testnet: true}, subscription notifications and heartbeat pushes.
 */
public final class Envelope {
    private final ObjectMapper mapper;
    private final Clock clock;

    public Envelope(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public long nowMicros() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000L;
    }

    public String result(JsonNode id, JsonNode result, long usIn) {
        ObjectNode root = head(id);
        root.set("result", result == null ? NullNode.instance : result);
        return finish(root, usIn);
    }

    public String error(JsonNode id, RpcError error, long usIn) {
        ObjectNode root = head(id);
        ObjectNode body = root.putObject("error");
        body.put("code", error.code());
        body.put("message", error.getMessage());
        body.set("data", error.data() == null ? NullNode.instance : error.data());
        return finish(root, usIn);
    }

    public String notification(String channel, JsonNode data) {
        ObjectNode root = mapper.createObjectNode();
        root.put("jsonrpc", "2.0");
        root.put("method", "subscription");
        ObjectNode params = root.putObject("params");
        params.put("channel", channel);
        params.set("data", data);
        return write(root);
    }

    /** {@code type} is {@code heartbeat} or {@code test_request}. */
    public String heartbeat(String type) {
        ObjectNode root = mapper.createObjectNode();
        root.put("jsonrpc", "2.0");
        root.put("method", "heartbeat");
        root.putObject("params").put("type", type);
        return write(root);
    }

    private ObjectNode head(JsonNode id) {
        ObjectNode root = mapper.createObjectNode();
        root.put("jsonrpc", "2.0");
        root.set("id", id == null ? NullNode.instance : id);
        return root;
    }

    private String finish(ObjectNode root, long usIn) {
        long usOut = Math.max(nowMicros(), usIn);
        root.put("usIn", usIn);
        root.put("usOut", usOut);
        root.put("usDiff", usOut - usIn);
        root.put("testnet", true);
        return write(root);
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
