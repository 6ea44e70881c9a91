package com.hedgeflow.simulator;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TokenExpiryTest {
    @Test
    void anExpiredTokenIsRefusedAndARefreshRestoresAccess() throws Exception {
        try (SimulatedVenue venue = SimulatedVenue.start(SimulatorConfig.builder().tokenLifetimeSeconds(1).build());
                RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            JsonNode grant = c.result("public/auth", params("grant_type", "client_credentials", "client_id",
                    venue.clientId(), "client_secret", venue.clientSecret()));
            assertEquals(1, grant.get("expires_in").asInt());
            assertTrue(c.result("private/get_positions", params("currency", "BTC")).size() > 0);
            Thread.sleep(1_200);
            assertEquals(13009, EnvelopeTest.assertErrorShape(c.call("private/get_positions", params("currency", "BTC"))));
            c.result("public/auth", params("grant_type", "refresh_token", "refresh_token",
                    grant.get("refresh_token").asText()));
            assertTrue(c.result("private/get_positions", params("currency", "BTC")).size() > 0);
        }
    }
}
