package com.hedgeflow.simulator.orders;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.hedgeflow.simulator.RpcTestClient;
import com.hedgeflow.simulator.SimulatedVenue;
import com.hedgeflow.simulator.SimulatorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** venues.md §1.4.3: only the dropped connection's own orders go, and logout is not a disconnect. */
class CancelOnDisconnectTest {
    private static SimulatedVenue venue;

    @BeforeAll
    static void start() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().seed(13).build());
    }

    @AfterAll
    static void stop() {
        venue.close();
    }

    @Test
    void aDroppedConnectionCancelsItsOwnRestingOrdersOnly() throws Exception {
        String survivor;
        try (RpcTestClient other = OrderEntryTest.login(venue)) {
            survivor = restingBuy(other);
            RpcTestClient c = OrderEntryTest.login(venue);
            assertEquals("ok", c.result("private/enable_cancel_on_disconnect", params("scope", "connection")).asText());
            assertEquals(true, c.result("private/get_cancel_on_disconnect", params()).get("enabled").asBoolean());
            String mine = restingBuy(c);
            c.close();

            JsonNode state = awaitState(other, mine, "cancelled");
            assertEquals("cancel_on_disconnect", state.get("cancel_reason").asText());
            assertEquals("open", other.result("private/get_order_state", params("order_id", survivor))
                    .get("order_state").asText());
            other.result("private/cancel", params("order_id", survivor));
        }
    }

    @Test
    void logoutKeepsTheOrders() throws Exception {
        try (RpcTestClient watcher = OrderEntryTest.login(venue)) {
            RpcTestClient c = OrderEntryTest.login(venue);
            c.result("private/enable_cancel_on_disconnect", params());
            String id = restingBuy(c);
            c.result("private/logout", params());
            c.ended.get(5, java.util.concurrent.TimeUnit.SECONDS);
            Thread.sleep(200);
            JsonNode state = watcher.result("private/get_order_state", params("order_id", id));
            assertEquals("open", state.get("order_state").asText());
            assertFalse(state.has("cancel_reason"));
            watcher.result("private/cancel", params("order_id", id));
        }
    }

    /** A buy far below the market rests: GTC by default. */
    private static String restingBuy(RpcTestClient c) throws Exception {
        JsonNode o = c.result("private/buy", params("instrument_name", OrderEntryTest.PERP, "amount", 10,
                "type", "limit", "price", 1_000)).get("order");
        assertEquals("open", o.get("order_state").asText());
        return o.get("order_id").asText();
    }

    private static JsonNode awaitState(RpcTestClient c, String id, String state) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        JsonNode last;
        do {
            last = c.result("private/get_order_state", params("order_id", id));
            if (state.equals(last.get("order_state").asText())) {
                return last;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("order " + id + " never " + state + ": " + last);
    }
}
