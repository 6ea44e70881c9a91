package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A JSON-RPC error as Deribit sends it: {@code error: {code, message, data}}. */
public final class RpcError extends Exception {
    private static final long serialVersionUID = 1L;

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_SERVER_ERROR = 11094;
    public static final int INVALID_CREDENTIALS = 13004;
    public static final int UNAUTHORIZED = 13009;
    /** Deribit ends the session after this one (venues.md §3.1). */
    public static final int TOO_MANY_REQUESTS = 10028;

    private final int code;
    private final transient JsonNode data;

    public RpcError(int code, String message, JsonNode data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    public int code() {
        return code;
    }

    /** {@code null} when the error has no data; written as JSON null. */
    public JsonNode data() {
        return data;
    }

    public static RpcError parseError() {
        return new RpcError(PARSE_ERROR, "Parse error", null);
    }

    public static RpcError invalidRequest(String reason) {
        return new RpcError(INVALID_REQUEST, "Invalid Request", reason(reason));
    }

    public static RpcError tooLarge() {
        return new RpcError(INVALID_REQUEST, "request entity too large", null);
    }

    public static RpcError methodNotFound(String method) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("method", method);
        return new RpcError(METHOD_NOT_FOUND, "Method not found", data);
    }

    /** Deribit names the offending parameter and the reason in {@code data}. */
    public static RpcError invalidParam(String param, String reason) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("reason", reason);
        data.put("param", param);
        return new RpcError(INVALID_PARAMS, "Invalid params", data);
    }

    /** A venue-level refusal (an order rule, an unknown order) with Deribit's code and message. */
    public static RpcError venue(int code, String message, String reason) {
        return new RpcError(code, message, reason(reason));
    }

    public static RpcError tooManyRequests() {
        return new RpcError(TOO_MANY_REQUESTS, "too_many_requests", null);
    }

    public static RpcError unauthorized(String reason) {
        return new RpcError(UNAUTHORIZED, "unauthorized", reason(reason));
    }

    public static RpcError invalidCredentials(String reason) {
        return new RpcError(INVALID_CREDENTIALS, "invalid_credentials", reason(reason));
    }

    private static JsonNode reason(String reason) {
        if (reason == null) {
            return null;
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("reason", reason);
        return data;
    }
}
