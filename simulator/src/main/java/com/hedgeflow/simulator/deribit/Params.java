package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of a request's named params with Deribit's {@code -32602} errors. Numbers and booleans are
 * also accepted as strings, as the venue's HTTP GET form sends them.
 */
public final class Params {
    private final ObjectNode node;

    public Params(ObjectNode node) {
        this.node = node;
    }

    public boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    public String optionalText(String name) throws RpcError {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw RpcError.invalidParam(name, "must be a string");
        }
        return v.asText();
    }

    public String requiredText(String name) throws RpcError {
        String v = optionalText(name);
        if (v == null) {
            throw RpcError.invalidParam(name, "missing");
        }
        return v;
    }

    public boolean optionalBoolean(String name, boolean fallback) throws RpcError {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false"))) {
            return Boolean.parseBoolean(v.asText());
        }
        throw RpcError.invalidParam(name, "must be a boolean");
    }

    public long requiredLong(String name) throws RpcError {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw RpcError.invalidParam(name, "missing");
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        if (v.isTextual()) {
            try {
                return Long.parseLong(v.asText().trim());
            } catch (NumberFormatException e) {
                throw RpcError.invalidParam(name, "must be an integer");
            }
        }
        throw RpcError.invalidParam(name, "must be an integer");
    }

    /** {@code NaN} when absent. */
    public double optionalDouble(String name) throws RpcError {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                throw RpcError.invalidParam(name, "must be a number");
            }
        }
        throw RpcError.invalidParam(name, "must be a number");
    }

    public List<String> requiredTextList(String name) throws RpcError {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw RpcError.invalidParam(name, "missing");
        }
        if (!v.isArray()) {
            throw RpcError.invalidParam(name, "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw RpcError.invalidParam(name, "must be an array of strings");
            }
            out.add(item.asText());
        }
        return out;
    }
}
