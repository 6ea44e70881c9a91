package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.simulator.auth.TokenRegistry;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one incoming text frame into one response: envelope checks in the order the venue applies them
 * (size, JSON, shape, id, method, params, login), then the method, then the reply.
 */
final class RpcDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(RpcDispatcher.class);

    /** Deribit refuses frames over 32 kB with -32600 (venues.md §1.1). */
    static final int MAX_REQUEST_BYTES = 32 * 1024;

    private final ObjectMapper mapper;
    private final Envelope envelope;
    private final MethodTable methods;
    private final TokenRegistry tokens;
    private final Faults faults;

    RpcDispatcher(ObjectMapper mapper, Envelope envelope, MethodTable methods, TokenRegistry tokens, Faults faults) {
        this.mapper = mapper;
        this.envelope = envelope;
        this.methods = methods;
        this.tokens = tokens;
        this.faults = faults;
    }

    /** The answer to send and the method it answers ({@code null} when the request was unreadable). */
    private record Reply(String text, String method) {
    }

    void onText(DeribitConnection connection, String text) {
        long usIn = envelope.nowMicros();
        Reply reply = reply(connection, text, usIn);
        // A planned fault acts after the method ran: the venue did the work, only the answer goes astray.
        if (reply.method() == null || !faults.intercept(reply.method(), connection, reply.text())) {
            connection.send(reply.text());
        }
        connection.closeIfRequested();
    }

    private Reply reply(DeribitConnection connection, String text, long usIn) {
        if (tooLarge(text)) {
            return new Reply(envelope.error(idIfReadable(text), RpcError.tooLarge(), usIn), null);
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return new Reply(envelope.error(null, RpcError.parseError(), usIn), null);
        }
        if (root == null || !root.isObject()) {
            // Batches (arrays) are not supported by the venue.
            return new Reply(envelope.error(null, RpcError.invalidRequest("request must be a JSON object"), usIn), null);
        }
        JsonNode id = root.get("id");
        if (id == null || id.isNull()) {
            return new Reply(envelope.error(null,
                    RpcError.invalidRequest("missing id: the venue accepts no client notifications"), usIn), null);
        }
        String method = root.path("method").asText(null);
        if (faults.rateLimit(method)) {
            // Deribit answers 10028 and terminates the session; the request is not carried out.
            connection.closeAfterReply("too_many_requests");
            return new Reply(envelope.error(id, RpcError.tooManyRequests(), usIn), null);
        }
        try {
            JsonNode result = invoke(connection, root);
            return new Reply(envelope.result(id, result, usIn), method);
        } catch (RpcError e) {
            return new Reply(envelope.error(id, e, usIn), method);
        } catch (RuntimeException e) {
            LOG.error("connection {}: {} failed", connection.id(), root.path("method").asText(), e);
            return new Reply(envelope.error(id,
                    new RpcError(RpcError.INTERNAL_SERVER_ERROR, "internal_server_error", null), usIn), method);
        }
    }

    private JsonNode invoke(DeribitConnection connection, JsonNode root) throws RpcError {
        JsonNode methodNode = root.get("method");
        if (methodNode == null || !methodNode.isTextual()) {
            throw RpcError.invalidRequest("method must be a string");
        }
        String method = methodNode.asText();
        JsonNode paramsNode = root.get("params");
        ObjectNode params;
        if (paramsNode == null || paramsNode.isNull()) {
            params = mapper.createObjectNode();
        } else if (paramsNode.isObject()) {
            params = (ObjectNode) paramsNode;
        } else {
            throw RpcError.invalidParam("params", "params must be an object: named parameters only");
        }
        RpcMethod handler = methods.find(method).orElseThrow(() -> RpcError.methodNotFound(method));
        boolean authenticated = authenticated(connection, params);
        if (method.startsWith("private/") && !authenticated) {
            throw RpcError.unauthorized("wrong or expired authorization token: call public/auth on this connection or pass a valid access_token");
        }
        return handler.handle(new RpcCall(connection, method, new Params(params), authenticated));
    }

    /**
     * A token in the params decides on its own (a stale one fails even on a logged-in connection, so a client
     * notices expiry); without one the connection's login counts.
     */
    private boolean authenticated(DeribitConnection connection, ObjectNode params) {
        JsonNode token = params.get("access_token");
        if (token != null && !token.isNull()) {
            return token.isTextual() && tokens.isValidAccess(token.asText());
        }
        return connection.isAuthenticated(tokens);
    }

    private static boolean tooLarge(String text) {
        // A UTF-8 byte is at least one char, so short strings need no encoding to be ruled out.
        return text.length() > MAX_REQUEST_BYTES
                || (text.length() * 3 > MAX_REQUEST_BYTES && text.getBytes(StandardCharsets.UTF_8).length > MAX_REQUEST_BYTES);
    }

    /** Echoes the id of an oversized request when it parses, so the client can fail the right call. */
    private JsonNode idIfReadable(String text) {
        try {
            JsonNode root = mapper.readTree(text);
            JsonNode id = root == null ? null : root.get("id");
            return id == null || id.isNull() ? null : id;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
