package com.hedgeflow.connectors.deribit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hedgeflow.engine.feed.MarketEvent.FeedStatusChanged;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** venues.md §3.1 and risk-controls.md F17: 10028 ends the session; the connector pauses, then reconnects. */
class RateLimitTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VenueHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void tooManyRequestsEndsTheSessionAndTheConnectorComesBackAfterACoolDown() throws Exception {
        h = VenueHarness.start(VenueHarness.config());
        DeribitConnector c = h.connectWithDemoKey();
        h.awaitConnected(0);
        int before = h.sink.size();
        h.venue.tooManyRequestsOnNext("private/get_positions");

        ExecutionException e = assertThrows(ExecutionException.class, () -> positions(c));
        DeribitRpcException refused = assertInstanceOf(DeribitRpcException.class, e.getCause());
        assertEquals(10028, refused.code());
        long refusedAt = System.nanoTime();

        FeedStatusChanged reconnecting = h.awaitReconnected(before);
        assertTrue(reconnecting.status().detail().contains("10028"), reconnecting.status().detail());
        // The harness caps backoff at 300 ms, so the cool-down is 300 ms where the usual first retry is 50 ms.
        assertTrue(reconnecting.status().detail().contains("retry in 300 ms"), reconnecting.status().detail());
        long tookMillis = (System.nanoTime() - refusedAt) / 1_000_000;
        assertTrue(tookMillis >= 250, "waited out the cool-down: " + tookMillis + " ms");
        assertEquals(2, c.connections());
        assertTrue(positions(c).size() > 0, "private calls work on the new session");
    }

    private static JsonNode positions(DeribitConnector c) throws Exception {
        return c.privateCall("private/get_positions", JSON.createObjectNode().put("currency", "BTC"),
                Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
    }
}
