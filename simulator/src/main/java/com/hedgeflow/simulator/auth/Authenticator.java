package com.hedgeflow.simulator.auth;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The three {@code public/auth} grants against the one API key the venue knows, and the granted scope text.
 */
public final class Authenticator {
    /**
     * How far a signed timestamp may be from the venue clock. Deribit does not publish its window; a minute
     * refuses replays of old logins while tolerating ordinary skew on one machine.
     */
    public static final Duration SIGNATURE_WINDOW = Duration.ofSeconds(60);

    private static final String DEFAULT_GRANTS = "account:read_write trade:read_write wallet:read_write block_trade:read_write";

    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final TokenRegistry tokens;

    public Authenticator(String clientId, String clientSecret, Clock clock, TokenRegistry tokens) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
        this.tokens = tokens;
    }

    public TokenRegistry tokens() {
        return tokens;
    }

    public TokenGrant clientCredentials(String id, String secret, String requestedScope) throws AuthFailure {
        if (!sameText(clientId, id) || !sameText(clientSecret, secret)) {
            throw new AuthFailure(AuthFailure.Reason.INVALID_CREDENTIALS, "unknown client_id or wrong client_secret");
        }
        return tokens.issue(grantedScope(requestedScope), lifetimeCap(requestedScope));
    }

    public TokenGrant clientSignature(String id, long timestampMillis, String nonce, String data, String signature,
            String requestedScope) throws AuthFailure {
        if (!sameText(clientId, id)) {
            throw new AuthFailure(AuthFailure.Reason.INVALID_CREDENTIALS, "unknown client_id");
        }
        long skew = Math.abs(clock.millis() - timestampMillis);
        if (skew > SIGNATURE_WINDOW.toMillis()) {
            throw new AuthFailure(AuthFailure.Reason.INVALID_CREDENTIALS, "timestamp too far from server time");
        }
        if (!ClientSignature.matches(clientSecret, timestampMillis, nonce, data, signature)) {
            throw new AuthFailure(AuthFailure.Reason.INVALID_CREDENTIALS, "bad signature");
        }
        return tokens.issue(grantedScope(requestedScope), lifetimeCap(requestedScope));
    }

    public TokenGrant refresh(String refreshToken) throws AuthFailure {
        return tokens.refresh(refreshToken);
    }

    /**
     * Echoes what was asked for: the session or connection scope first, then the requested grants, or full
     * grants when none were requested (the demo key carries every scope).
     */
    static String grantedScope(String requested) {
        String session = "connection";
        List<String> grants = new ArrayList<>();
        if (requested != null) {
            for (String part : requested.trim().split("\\s+")) {
                if (part.startsWith("session:")) {
                    session = part;
                } else if (part.contains(":") && !part.startsWith("expires:") && !part.startsWith("ip:")) {
                    grants.add(part);
                }
            }
        }
        return session + " mainaccount " + (grants.isEmpty() ? DEFAULT_GRANTS : String.join(" ", grants));
    }

    private static Duration lifetimeCap(String requested) {
        if (requested == null) {
            return null;
        }
        for (String part : requested.trim().split("\\s+")) {
            if (part.startsWith("expires:")) {
                try {
                    long seconds = Long.parseLong(part.substring("expires:".length()));
                    return seconds > 0 ? Duration.ofSeconds(seconds) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean sameText(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
