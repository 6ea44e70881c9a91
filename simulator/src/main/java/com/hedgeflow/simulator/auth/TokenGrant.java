package com.hedgeflow.simulator.auth;

/** What a successful login hands back. */
public record TokenGrant(String accessToken, String refreshToken, long expiresInSeconds, String scope) {
}
