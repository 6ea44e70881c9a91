package com.hedgeflow.connectors.common;

import java.util.Objects;

/** A venue API key and its secret. The secret never appears in {@link #toString()}, logs or errors. */
public final class ApiCredentials {
    private final String key;
    private final String secret;

    public ApiCredentials(String key, String secret) {
        if (key == null || key.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("an API key needs both an id and a secret");
        }
        this.key = key;
        this.secret = secret;
    }

    public String key() {
        return key;
    }

    public String secret() {
        return secret;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiCredentials c && c.key.equals(key) && c.secret.equals(secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, secret);
    }

    @Override
    public String toString() {
        return "ApiCredentials[key=" + key + ", secret=***]";
    }
}
