package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.hedgeflow.simulator.auth.AuthFailure;
import com.hedgeflow.simulator.auth.Authenticator;
import com.hedgeflow.simulator.auth.TokenGrant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@code public/auth} with its three grants (venues.md §1.3) and {@code private/logout}. */
final class AuthMethods {
    private final Authenticator authenticator;
    /** Successful logins per grant type, so tests can tell a refresh from a fresh login. */
    private final Map<String, AtomicLong> grants = new ConcurrentHashMap<>();

    AuthMethods(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    void register(MethodTable table) {
        table.add("public/auth", this::auth);
        table.add("private/logout", this::logout);
    }

    private ObjectNode auth(RpcCall call) throws RpcError {
        Params p = call.params();
        String grantType = p.requiredText("grant_type");
        String scope = p.optionalText("scope");
        TokenGrant grant;
        try {
            grant = switch (grantType) {
                case "client_credentials" -> authenticator.clientCredentials(
                        p.requiredText("client_id"), p.requiredText("client_secret"), scope);
                case "client_signature" -> authenticator.clientSignature(p.requiredText("client_id"),
                        p.requiredLong("timestamp"), p.optionalText("nonce"), p.optionalText("data"),
                        p.requiredText("signature"), scope);
                case "refresh_token" -> authenticator.refresh(p.requiredText("refresh_token"));
                default -> throw RpcError.invalidParam("grant_type", "must be client_credentials, client_signature or refresh_token");
            };
        } catch (AuthFailure failure) {
            throw switch (failure.reason()) {
                case INVALID_CREDENTIALS -> RpcError.invalidCredentials(failure.getMessage());
                case UNAUTHORIZED -> RpcError.unauthorized(failure.getMessage());
            };
        }
        call.connection().authenticate(grant.accessToken());
        grants.computeIfAbsent(grantType, g -> new AtomicLong()).incrementAndGet();

        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("access_token", grant.accessToken());
        result.put("token_type", "bearer");
        result.put("expires_in", grant.expiresInSeconds());
        result.put("refresh_token", grant.refreshToken());
        result.put("scope", grant.scope());
        result.putArray("enabled_features");
        String state = p.optionalText("state");
        if (state != null) {
            result.put("state", state);
        }
        return result;
    }

    long grants(String grantType) {
        AtomicLong count = grants.get(grantType);
        return count == null ? 0 : count.get();
    }

    /** Revokes the login and closes the socket, like the venue; the "ok" goes out before the close frame. */
    private TextNode logout(RpcCall call) {
        DeribitConnection connection = call.connection();
        authenticator.tokens().revoke(connection.accessToken());
        connection.authenticate(null);
        connection.loggedOut();
        connection.closeAfterReply("logout");
        return TextNode.valueOf("ok");
    }
}
