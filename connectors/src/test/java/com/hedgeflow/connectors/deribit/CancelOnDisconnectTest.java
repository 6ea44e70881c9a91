package com.hedgeflow.connectors.deribit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * venues.md §1.4.3 and risk-controls.md F01/F17: a logged-in session turns cancel-on-disconnect on, so an order
 * resting when the socket drops is cancelled by the venue instead of working unwatched.
 */
class CancelOnDisconnectTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VenueHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void aRestingOrderIsCancelledWhenTheConnectionDrops() throws Exception {
        h = VenueHarness.start(VenueHarness.config());
        DeribitConnector c = h.connectWithDemoKey();
        h.awaitConnected(0);
        assertTrue(c.cancelOnDisconnect(), "enabled in the bring-up");

        // Far below the market, good-til-cancelled: it rests.
        JsonNode order = call(c, "private/buy", JSON.createObjectNode().put("instrument_name", "BTC-PERPETUAL")
                .put("amount", 10).put("type", "limit").put("price", 1_000).put("time_in_force", "good_til_cancelled"))
                .get("order");
        assertEquals("open", order.get("order_state").asText());
        String id = order.get("order_id").asText();
        int before = h.sink.size();

        h.venue.dropAllConnections();

        h.awaitReconnected(before);
        assertEquals(2, c.connections());
        assertTrue(c.cancelOnDisconnect(), "enabled again on the new connection");

        JsonNode open = call(c, "private/get_open_orders_by_currency", JSON.createObjectNode().put("currency", "BTC"));
        assertEquals(0, open.size(), "no order survives the drop: " + open);
        JsonNode state = call(c, "private/get_order_state", JSON.createObjectNode().put("order_id", id));
        assertEquals("cancelled", state.get("order_state").asText());
        assertEquals("cancel_on_disconnect", state.get("cancel_reason").asText());
    }

    private static JsonNode call(DeribitConnector c, String method, ObjectNode params) throws Exception {
        return c.privateCall(method, params, Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
    }
}
