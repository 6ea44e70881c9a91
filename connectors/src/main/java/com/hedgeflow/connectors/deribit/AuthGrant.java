package com.hedgeflow.connectors.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.connectors.common.ApiCredentials;
import com.hedgeflow.connectors.common.MalformedMessageException;
import java.time.Duration;
import java.util.UUID;

/**
 * One {@code public/auth} result (venues.md §1.3.4): the access token, the refresh token that buys the next
 * one, and the lifetime. {@link #toString()} shows neither token, so a grant can be logged safely.
 */
final class AuthGrant {
    /** NTD refreshes at 80 % of the lifetime: early enough to survive a slow answer, late enough to be rare. */
    static final double REFRESH_AT = 0.8;
    /** Never refresh more often than this, whatever lifetime a venue (or a test) claims. */
    private static final Duration MIN_REFRESH_DELAY = Duration.ofMillis(200);
    private static final String SCOPE = "session:hedgeflow";

    private final String accessToken;
    private final String refreshToken;
    private final long expiresInSeconds;

    private AuthGrant(String accessToken, String refreshToken, long expiresInSeconds) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.expiresInSeconds = expiresInSeconds;
    }

    /** {@code client_signature} params: the secret only keys the HMAC and never goes on the wire. */
    static ObjectNode signatureParams(ObjectNode p, ApiCredentials credentials, long timestampMillis) {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        return p.put("grant_type", "client_signature")
                .put("client_id", credentials.key())
                .put("timestamp", timestampMillis)
                .put("nonce", nonce)
                .put("data", "")
                .put("signature", DeribitSignature.sign(credentials.secret(), timestampMillis, nonce, ""))
                .put("scope", SCOPE);
    }

    ObjectNode refreshParams(ObjectNode p) {
        return p.put("grant_type", "refresh_token").put("refresh_token", refreshToken);
    }

    /** Reads a {@code public/auth} result; an access token is required, the rest may be missing (no refresh). */
    static AuthGrant from(JsonNode result) {
        String token = result.path("access_token").asText("");
        if (token.isEmpty()) {
            throw new MalformedMessageException("public/auth answered without an access_token");
        }
        JsonNode expires = result.get("expires_in");
        long seconds = expires != null && expires.canConvertToLong() && expires.asLong() > 0 ? expires.asLong() : -1;
        return new AuthGrant(token, result.path("refresh_token").asText(""), seconds);
    }

    String accessToken() {
        return accessToken;
    }

    /** Whether this grant can and should be refreshed: it has a lifetime and a refresh token. */
    boolean refreshable() {
        return expiresInSeconds > 0 && !refreshToken.isEmpty();
    }

    /** When to refresh, counted from receipt: 80 % of the lifetime. */
    Duration refreshDelay() {
        long millis = (long) (expiresInSeconds * 1000 * REFRESH_AT);
        return Duration.ofMillis(Math.max(MIN_REFRESH_DELAY.toMillis(), millis));
    }

    @Override
    public String toString() {
        return "AuthGrant[expires_in=" + expiresInSeconds + "s, tokens=***]";
    }
}
