package com.hedgeflow.simulator.orders;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static com.hedgeflow.simulator.orders.OrderEntryTest.PERP;
import static com.hedgeflow.simulator.orders.OrderEntryTest.ask;
import static com.hedgeflow.simulator.orders.OrderEntryTest.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.simulator.RpcTestClient;
import com.hedgeflow.simulator.SimulatedVenue;
import com.hedgeflow.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The private user.* channels, and the fault hooks that make an order's answer late or lost. */
class OrderNotificationsTest {
    private static SimulatedVenue venue;

    @BeforeAll
    static void start() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().seed(12).build());
    }

    @AfterAll
    static void stop() {
        venue.close();
    }

    @Test
    void aFillIsPublishedOnOrdersTradesAndChanges() throws Exception {
        List<String> channels = List.of("user.orders.BTC-PERPETUAL.raw", "user.orders.future.BTC.100ms",
                "user.trades.any.BTC.100ms", "user.changes.future.BTC.100ms", "user.orders.nonsense");
        try (RpcTestClient anonymous = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            ObjectNode p = params("channels", channels);
            assertEquals(0, anonymous.result("public/subscribe", p).size(), "user channels need a login");
        }
        try (RpcTestClient c = OrderEntryTest.login(venue)) {
            assertEquals(4, c.result("private/subscribe", params("channels", channels)).size());
            JsonNode placed = c.result("private/buy", order("price", ask(c) + 2_000, "time_in_force",
                    "immediate_or_cancel", "label", "note-1"));
            String id = placed.get("order").get("order_id").asText();

            Map<String, JsonNode> seen = new HashMap<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (seen.size() < 4 && System.nanoTime() < deadline) {
                JsonNode n = c.notifications.poll(100, TimeUnit.MILLISECONDS);
                if (n != null && n.get("params").get("channel").asText().startsWith("user.")) {
                    seen.put(n.get("params").get("channel").asText(), n.get("params").get("data"));
                }
            }
            JsonNode raw = seen.get("user.orders.BTC-PERPETUAL.raw");
            assertNotNull(raw, "orders raw: " + seen.keySet());
            assertTrue(raw.isObject(), "raw carries one order");
            assertEquals(id, raw.get("order_id").asText());
            JsonNode batched = seen.get("user.orders.future.BTC.100ms");
            assertTrue(batched.isArray() && batched.get(0).get("order_id").asText().equals(id));
            JsonNode trades = seen.get("user.trades.any.BTC.100ms");
            assertEquals(placed.get("trades").get(0).get("trade_id").asText(), trades.get(0).get("trade_id").asText());
            JsonNode changes = seen.get("user.changes.future.BTC.100ms");
            assertEquals(PERP, changes.get("instrument_name").asText());
            assertEquals(1, changes.get("trades").size());
            assertEquals(id, changes.get("orders").get(0).get("order_id").asText());
            assertEquals(PERP, changes.get("positions").get(0).get("instrument_name").asText());
            assertTrue(changes.get("positions").get(0).has("average_price"));
        }
    }

    @Test
    void aDelayedAnswerStillCarriesTheOrder() throws Exception {
        try (RpcTestClient c = OrderEntryTest.login(venue)) {
            venue.delayNextResponse("private/buy", Duration.ofMillis(800));
            CompletableFuture<JsonNode> answer = c.sendAsync("private/buy", order("price", 20_000, "label", "late-1"));
            Thread.sleep(300);
            assertFalse(answer.isDone(), "the answer is held back");
            assertEquals(1, c.result("private/get_order_state_by_label",
                    params("currency", "BTC", "label", "late-1")).size(), "yet the order is already on the venue");
            assertEquals("open", answer.get(3, TimeUnit.SECONDS).get("result").get("order").get("order_state").asText());
            c.result("private/cancel_all", params());
        }
    }

    @Test
    void aDroppedConnectionLeavesTheOrderOnTheVenue() throws Exception {
        try (RpcTestClient c = OrderEntryTest.login(venue)) {
            venue.dropConnectionAfterNext("private/buy");
            CompletableFuture<JsonNode> answer = c.sendAsync("private/buy", order("price", 20_000, "label", "lost-1"));
            assertEquals(-1, c.ended.get(3, TimeUnit.SECONDS), "dropped without a close frame");
            assertFalse(answer.isDone());
        }
        try (RpcTestClient again = OrderEntryTest.login(venue)) {
            JsonNode found = again.result("private/get_order_state_by_label", params("currency", "BTC", "label", "lost-1"));
            assertEquals(1, found.size());
            assertEquals("open", found.get(0).get("order_state").asText());
            assertEquals(1, again.result("private/cancel_all", params()).asInt());
        }
    }
}
