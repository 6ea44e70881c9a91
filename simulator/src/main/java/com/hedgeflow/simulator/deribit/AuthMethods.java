package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.hedgeflow.simulator.auth.AuthFailure;
import com.hedgeflow.simulator.auth.Authenticator;
import com.hedgeflow.simulator.auth.TokenGrant;

/** {@code public/auth} with its three grants (venues.md §1.3) and {@code private/logout}. */
final class AuthMethods {
    private final Authenticator authenticator;

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

    /** Revokes the login and closes the socket, like the venue; the "ok" goes out before the close frame. */
    private TextNode logout(RpcCall call) {
        DeribitConnection connection = call.connection();
        authenticator.tokens().revoke(connection.accessToken());
        connection.authenticate(null);
        connection.closeAfterReply("logout");
        return TextNode.valueOf("ok");
    }
}
