package com.hedgeflow.simulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private final Clock clock = Clock.fixed(Instant.ofEpochMilli(1554883365000L), ZoneOffset.UTC);
    private final Authenticator auth = new Authenticator("AAAAAAAAAAA", "ABCD", clock,
            new TokenRegistry(clock, Duration.ofSeconds(900)));

    @Test
    void documentedSignatureLogsIn() throws AuthFailure {
        TokenGrant grant = auth.clientSignature("AAAAAAAAAAA", 1554883365000L, "fdbmmz79", "",
                "e20c9cd5639d41f8bbc88f4d699c4baf94a4f0ee320e9a116b72743c449eb994", "session:hedger");
        assertEquals(900, grant.expiresInSeconds());
        assertTrue(grant.scope().startsWith("session:hedger mainaccount"));
        assertTrue(auth.tokens().isValidAccess(grant.accessToken()));
    }

    @Test
    void expiresScopeShortensTheToken() throws AuthFailure {
        assertEquals(30, auth.clientCredentials("AAAAAAAAAAA", "ABCD", "connection expires:30").expiresInSeconds());
    }

    @Test
    void wrongSignatureIsInvalidCredentials() {
        AuthFailure f = assertThrows(AuthFailure.class, () -> auth.clientSignature("AAAAAAAAAAA", 1554883365000L,
                "fdbmmz79", "x", "e20c9cd5639d41f8bbc88f4d699c4baf94a4f0ee320e9a116b72743c449eb994", null));
        assertEquals(AuthFailure.Reason.INVALID_CREDENTIALS, f.reason());
    }

    @Test
    void grantedScopeEchoesTheRequest() {
        assertEquals("connection mainaccount trade:read", Authenticator.grantedScope("trade:read"));
        assertTrue(Authenticator.grantedScope(null).startsWith("connection mainaccount "));
    }
}
