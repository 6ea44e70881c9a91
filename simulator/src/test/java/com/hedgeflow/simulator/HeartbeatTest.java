package com.hedgeflow.simulator;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeartbeatTest {
    private static SimulatedVenue venue;

    @BeforeAll
    static void start() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().heartbeatMinimumSeconds(1).build());
    }

    @AfterAll
    static void stop() {
        venue.close();
    }

    @Test
    void intervalBelowTheMinimumIsRefused() throws Exception {
        try (SimulatedVenue strict = SimulatedVenue.start(SimulatorConfig.builder().build());
                RpcTestClient c = RpcTestClient.connect(strict.deribitWebSocketUri())) {
            assertEquals(-32602, EnvelopeTest.assertErrorShape(c.call("public/set_heartbeat", params("interval", 5))));
            assertEquals("ok", c.result("public/set_heartbeat", params("interval", 10)).asText());
            assertEquals("ok", c.result("public/disable_heartbeat", params()).asText());
        }
    }

    @Test
    void answeredTestRequestsKeepTheConnection() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            c.autoAnswerTestRequests(true);
            assertEquals("ok", c.result("public/set_heartbeat", params("interval", 1)).asText());
            Set<String> types = new HashSet<>();
            long deadline = System.currentTimeMillis() + 3_500;
            while (System.currentTimeMillis() < deadline) {
                JsonNode h = c.heartbeats.poll(200, TimeUnit.MILLISECONDS);
                if (h != null) {
                    assertEquals("2.0", h.get("jsonrpc").asText());
                    assertFalse(h.has("id"));
                    types.add(h.get("params").get("type").asText());
                }
            }
            assertEquals(Set.of("heartbeat", "test_request"), types);
            assertFalse(c.ended.isDone(), "still connected after three answered intervals");
            assertTrue(c.result("public/test", params()).has("version"));
        }
    }

    @Test
    void unansweredTestRequestClosesTheConnection() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            c.result("public/set_heartbeat", params("interval", 1));
            JsonNode first = null;
            while (first == null || !first.get("params").get("type").asText().equals("test_request")) {
                first = c.heartbeats.poll(3, TimeUnit.SECONDS);
                assertNotNull(first, "test_request arrives");
            }
            Integer code = c.ended.get(4, TimeUnit.SECONDS);
            assertNotNull(code);
        }
    }

    @Test
    void disableHeartbeatStopsTheTestRequests() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            c.result("public/set_heartbeat", params("interval", 1));
            c.result("public/disable_heartbeat", params());
            Thread.sleep(2_300);
            assertTrue(c.heartbeats.isEmpty());
            assertFalse(c.ended.isDone());
        }
    }
}
