package com.hedgeflow.simulator.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issued access and refresh tokens with their expiry. Access tokens die after the configured lifetime so
 * clients must really refresh; a refresh token is good for one use and lives longer than the access token.
 */
public final class TokenRegistry {
    private static final Duration MIN_REFRESH_LIFETIME = Duration.ofHours(1);

    private final Clock clock;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> accessExpiry = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();

    private record Refresh(Instant expiry, String scope) {
    }

    public TokenRegistry(Clock clock, Duration accessLifetime) {
        this.clock = clock;
        this.accessLifetime = accessLifetime;
        Duration longer = accessLifetime.multipliedBy(8);
        this.refreshLifetime = longer.compareTo(MIN_REFRESH_LIFETIME) > 0 ? longer : MIN_REFRESH_LIFETIME;
    }

    /** Issues a new pair; {@code lifetimeCap} (from an {@code expires:N} scope) may only shorten it. */
    public TokenGrant issue(String scope, Duration lifetimeCap) {
        Duration lifetime = lifetimeCap != null && lifetimeCap.compareTo(accessLifetime) < 0 ? lifetimeCap : accessLifetime;
        Instant now = clock.instant();
        String access = newToken(now);
        String refresh = newToken(now);
        accessExpiry.put(access, now.plus(lifetime));
        refreshTokens.put(refresh, new Refresh(now.plus(refreshLifetime), scope));
        return new TokenGrant(access, refresh, lifetime.toSeconds(), scope);
    }

    public boolean isValidAccess(String token) {
        if (token == null) {
            return false;
        }
        Instant expiry = accessExpiry.get(token);
        if (expiry == null) {
            return false;
        }
        if (!clock.instant().isBefore(expiry)) {
            accessExpiry.remove(token);
            return false;
        }
        return true;
    }

    /** Trades a refresh token for a new pair; the old refresh token is spent either way. */
    public TokenGrant refresh(String refreshToken) throws AuthFailure {
        Refresh entry = refreshToken == null ? null : refreshTokens.remove(refreshToken);
        if (entry == null || !clock.instant().isBefore(entry.expiry())) {
            throw new AuthFailure(AuthFailure.Reason.UNAUTHORIZED, "unknown or expired refresh_token");
        }
        return issue(entry.scope(), null);
    }

    public void revoke(String accessToken) {
        if (accessToken != null) {
            accessExpiry.remove(accessToken);
        }
    }

    /** Same look as Deribit's tokens: issue time in ms, a dot, then random URL-safe text. */
    private String newToken(Instant now) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return now.toEpochMilli() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
