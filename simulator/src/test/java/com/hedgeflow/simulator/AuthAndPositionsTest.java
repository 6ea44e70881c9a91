package com.hedgeflow.simulator;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hedgeflow.simulator.auth.ClientSignature;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthAndPositionsTest {
    private static SimulatedVenue venue;

    @BeforeAll
    static void start() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().seed(5).tokenLifetimeSeconds(120).build());
    }

    @AfterAll
    static void stop() {
        venue.close();
    }

    @Test
    void demoCredentialsAreTheDefaults() {
        assertEquals(SimulatorConfig.DEMO_CLIENT_ID, venue.clientId());
        assertEquals(SimulatorConfig.DEMO_CLIENT_SECRET, venue.clientSecret());
    }

    @Test
    void clientCredentialsGiveATokenPair() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            JsonNode r = c.result("public/auth", params("grant_type", "client_credentials", "client_id", venue.clientId(),
                    "client_secret", venue.clientSecret(), "scope", "session:hedger", "state", "s1"));
            assertFalse(r.get("access_token").asText().isEmpty());
            assertFalse(r.get("refresh_token").asText().isEmpty());
            assertEquals("bearer", r.get("token_type").asText());
            assertEquals(120, r.get("expires_in").asInt());
            assertTrue(r.get("scope").asText().startsWith("session:hedger"), r.get("scope").asText());
            assertEquals("s1", r.get("state").asText());
        }
    }

    @Test
    void wrongCredentialsAre13004() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            assertEquals(13004, EnvelopeTest.assertErrorShape(c.call("public/auth", params("grant_type",
                    "client_credentials", "client_id", venue.clientId(), "client_secret", "wrong"))));
            assertEquals(13004, EnvelopeTest.assertErrorShape(c.call("public/auth", params("grant_type",
                    "client_credentials", "client_id", "nobody", "client_secret", venue.clientSecret()))));
            assertEquals(-32602, EnvelopeTest.assertErrorShape(c.call("public/auth", params("grant_type", "password"))));
        }
    }

    @Test
    void clientSignatureLogsIn() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            long ts = System.currentTimeMillis();
            String sig = ClientSignature.sign(venue.clientSecret(), ts, "n0nce", "hedger");
            JsonNode r = c.result("public/auth", params("grant_type", "client_signature", "client_id", venue.clientId(),
                    "timestamp", ts, "nonce", "n0nce", "data", "hedger", "signature", sig));
            assertEquals("bearer", r.get("token_type").asText());
            assertTrue(c.result("private/get_positions", params("currency", "BTC")).size() > 0);

            String bad = ClientSignature.sign("not-the-secret", ts, "n0nce", "hedger");
            assertEquals(13004, EnvelopeTest.assertErrorShape(c.call("public/auth", params("grant_type",
                    "client_signature", "client_id", venue.clientId(), "timestamp", ts, "nonce", "n0nce", "data",
                    "hedger", "signature", bad))));
            long stale = ts - 10 * 60_000;
            assertEquals(13004, EnvelopeTest.assertErrorShape(c.call("public/auth", params("grant_type",
                    "client_signature", "client_id", venue.clientId(), "timestamp", stale, "nonce", "x", "signature",
                    ClientSignature.sign(venue.clientSecret(), stale, "x", "")))));
        }
    }

    @Test
    void refreshTokenGivesANewPairOnce() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            JsonNode first = login(c);
            JsonNode second = c.result("public/auth", params("grant_type", "refresh_token", "refresh_token",
                    first.get("refresh_token").asText()));
            assertNotEquals(first.get("access_token").asText(), second.get("access_token").asText());
            assertEquals(13009, EnvelopeTest.assertErrorShape(c.call("public/auth", params("grant_type",
                    "refresh_token", "refresh_token", first.get("refresh_token").asText()))));
        }
    }

    @Test
    void positionsNeedALogin() throws Exception {
        String token;
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            assertEquals(13009, EnvelopeTest.assertErrorShape(c.call("private/get_positions", params("currency", "BTC"))));
            assertEquals(13009, EnvelopeTest.assertErrorShape(c.call("private/get_positions",
                    params("currency", "BTC", "access_token", "made-up"))));
            token = login(c).get("access_token").asText();
            assertTrue(c.result("private/get_positions", params("currency", "BTC")).size() > 0);
        }
        // A token from another connection is accepted when passed in the params.
        try (RpcTestClient other = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            assertTrue(other.result("private/get_positions", params("currency", "any", "access_token", token)).size() > 0);
            assertEquals(13009, EnvelopeTest.assertErrorShape(other.call("private/get_positions", params("currency", "BTC"))));
        }
    }

    @Test
    void demoBookHasOptionsAcrossExpiriesAndAShortPerpetualHedge() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            login(c);
            JsonNode positions = c.result("private/get_positions", params("currency", "BTC"));
            double optionsCoinDelta = 0;
            double perpCoinDelta = 0;
            int longs = 0;
            int shorts = 0;
            java.util.Set<Long> expiries = new java.util.HashSet<>();
            for (JsonNode p : positions) {
                for (String f : List.of("instrument_name", "kind", "direction", "size", "average_price", "mark_price",
                        "index_price", "settlement_price", "delta", "floating_profit_loss", "realized_profit_loss",
                        "total_profit_loss", "initial_margin", "maintenance_margin")) {
                    assertTrue(p.has(f), p.get("instrument_name") + " has " + f);
                }
                double size = p.get("size").asDouble();
                assertEquals(size > 0 ? "buy" : "sell", p.get("direction").asText());
                if (p.get("kind").asText().equals("option")) {
                    for (String f : List.of("gamma", "vega", "theta")) {
                        assertTrue(p.get(f).isNumber(), "option position " + f);
                    }
                    double mark = p.get("mark_price").asDouble();
                    double perUnitDelta = p.get("delta").asDouble() / size;
                    optionsCoinDelta += size * (perUnitDelta - mark);
                    if (size > 0) {
                        longs++;
                    } else {
                        shorts++;
                    }
                    expiries.add((long) p.get("instrument_name").asText().split("-")[1].hashCode());
                } else {
                    assertEquals("BTC-PERPETUAL", p.get("instrument_name").asText());
                    assertEquals("future", p.get("kind").asText());
                    assertTrue(size < 0, "perpetual hedge is short");
                    assertEquals(0.0, size % 10, 1e-9, "USD size in 10s");
                    for (String f : List.of("size_currency", "leverage", "estimated_liquidation_price")) {
                        assertTrue(p.has(f), "perpetual " + f);
                    }
                    assertEquals(p.get("size_currency").asDouble(), p.get("delta").asDouble(), 1e-9);
                    assertEquals(size / p.get("mark_price").asDouble(), p.get("size_currency").asDouble(), 1e-6);
                    perpCoinDelta += p.get("size_currency").asDouble();
                }
            }
            assertTrue(longs >= 2 && shorts >= 2, "long and short options");
            assertTrue(expiries.size() >= 3, "several expiries");
            double net = optionsCoinDelta + perpCoinDelta;
            assertTrue(optionsCoinDelta > 0 && perpCoinDelta < 0);
            assertTrue(Math.abs(net) > 0.2 && Math.abs(net) < 0.5 * optionsCoinDelta,
                    "visible but moderate net delta: options " + optionsCoinDelta + ", perp " + perpCoinDelta);

            JsonNode options = c.result("private/get_positions", params("currency", "BTC", "kind", "option"));
            JsonNode futures = c.result("private/get_positions", params("currency", "BTC", "kind", "future"));
            assertEquals(positions.size(), options.size() + futures.size());
            assertEquals(1, futures.size());
            assertEquals(0, c.result("private/get_positions", params("currency", "ETH")).size());
        }
    }

    @Test
    void positionsFollowTheMarket() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            login(c);
            double before = c.result("private/get_positions", params("currency", "BTC", "kind", "future"))
                    .get(0).get("index_price").asDouble();
            Thread.sleep(350);
            JsonNode after = c.result("private/get_positions", params("currency", "BTC", "kind", "future")).get(0);
            assertNotEquals(before, after.get("index_price").asDouble());
        }
    }

    private static JsonNode login(RpcTestClient c) throws Exception {
        return c.result("public/auth", params("grant_type", "client_credentials", "client_id", venue.clientId(),
                "client_secret", venue.clientSecret()));
    }
}
