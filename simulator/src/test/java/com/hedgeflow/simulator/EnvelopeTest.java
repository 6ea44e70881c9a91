package com.hedgeflow.simulator;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    private static SimulatedVenue venue;
    private RpcTestClient client;

    @BeforeAll
    static void startVenue() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().seed(7).build());
    }

    @AfterAll
    static void stopVenue() {
        venue.close();
    }

    @BeforeEach
    void connect() throws Exception {
        client = RpcTestClient.connect(venue.deribitWebSocketUri());
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void uriPointsAtTheDeribitPathOnLoopback() {
        assertEquals("ws", venue.deribitWebSocketUri().getScheme());
        assertEquals("127.0.0.1", venue.deribitWebSocketUri().getHost());
        assertEquals(venue.port(), venue.deribitWebSocketUri().getPort());
        assertEquals("/ws/api/v2", venue.deribitWebSocketUri().getPath());
        assertTrue(venue.port() > 0);
    }

    @Test
    void successResponseCarriesTheFullEnvelope() throws Exception {
        JsonNode r = client.call("public/hello", params("client_name", "test", "client_version", "1"));
        assertEquals("2.0", r.get("jsonrpc").asText());
        assertTrue(r.get("id").isNumber());
        assertFalse(r.get("result").path("version").asText().isEmpty());
        assertTrue(r.get("usIn").isIntegralNumber());
        assertTrue(r.get("usOut").asLong() >= r.get("usIn").asLong());
        assertEquals(r.get("usOut").asLong() - r.get("usIn").asLong(), r.get("usDiff").asLong());
        long nowMicros = System.currentTimeMillis() * 1000;
        assertTrue(Math.abs(r.get("usIn").asLong() - nowMicros) < 5_000_000, "usIn is microseconds since epoch");
        assertTrue(r.get("testnet").asBoolean());
        assertFalse(r.has("error"));
    }

    @Test
    void stringIdsAreEchoed() throws Exception {
        var answer = client.expect("abc-1");
        client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":\"abc-1\",\"method\":\"public/test\",\"params\":{}}");
        JsonNode r = answer.get(5, TimeUnit.SECONDS);
        assertEquals("abc-1", r.get("id").asText());
        assertTrue(r.get("result").has("version"));
    }

    @Test
    void getTimeIsMillisecondsNow() throws Exception {
        long t = client.result("public/get_time", params()).asLong();
        assertTrue(Math.abs(t - System.currentTimeMillis()) < 5_000);
    }

    @Test
    void testMethodCanBeAskedForAnError() throws Exception {
        JsonNode r = client.call("public/test", params("expected_result", "exception"));
        assertErrorShape(r);
        assertFalse(r.has("result"));
    }

    @Test
    void unknownMethodIsMinus32601() throws Exception {
        JsonNode r = client.call("public/no_such_method", params());
        assertEquals(-32601, assertErrorShape(r));
        assertTrue(r.get("testnet").asBoolean());
        assertTrue(r.has("usDiff"));
    }

    @Test
    void badJsonIsMinus32700WithNullId() throws Exception {
        client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":");
        JsonNode r = client.strayResponses.poll(5, TimeUnit.SECONDS);
        assertEquals(-32700, assertErrorShape(r));
        assertTrue(r.get("id").isNull());
    }

    @Test
    void missingIdIsAnInvalidRequest() throws Exception {
        client.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"public/test\",\"params\":{}}");
        JsonNode r = client.strayResponses.poll(5, TimeUnit.SECONDS);
        assertEquals(-32600, assertErrorShape(r));
        assertTrue(r.get("id").isNull());
    }

    @Test
    void positionalParamsAreInvalidParams() throws Exception {
        var answer = client.expect("9");
        client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"public/get_instruments\",\"params\":[\"BTC\"]}");
        assertEquals(-32602, assertErrorShape(answer.get(5, TimeUnit.SECONDS)));
    }

    @Test
    void frameOver32kBIsRejected() throws Exception {
        var answer = client.expect("77");
        String padding = "x".repeat(33 * 1024);
        client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"public/test\",\"params\":{\"pad\":\"" + padding + "\"}}");
        JsonNode r = answer.get(5, TimeUnit.SECONDS);
        assertEquals(-32600, assertErrorShape(r));
        // and the connection is still usable
        assertTrue(client.result("public/test", params()).has("version"));
    }

    @Test
    void missingRequiredParamIsInvalidParams() throws Exception {
        JsonNode r = client.call("public/get_instruments", params());
        assertEquals(-32602, assertErrorShape(r));
        assertEquals("currency", r.get("error").get("data").get("param").asText());
    }

    /** Checks {@code error: {code, message, data}} and returns the code. */
    static int assertErrorShape(JsonNode r) {
        assertTrue(r != null && r.has("error"), "expected an error response, got " + r);
        JsonNode e = r.get("error");
        assertTrue(e.get("code").isInt(), "code is an integer");
        assertFalse(e.get("message").asText().isEmpty(), "message is set");
        assertTrue(e.has("data"), "data is present (may be null)");
        assertEquals("2.0", r.get("jsonrpc").asText());
        assertTrue(r.has("id"));
        assertTrue(r.has("usIn") && r.has("usOut") && r.has("usDiff") && r.get("testnet").asBoolean());
        return e.get("code").asInt();
    }
}
