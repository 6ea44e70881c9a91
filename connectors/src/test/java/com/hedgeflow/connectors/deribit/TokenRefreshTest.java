package com.hedgeflow.connectors.deribit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hedgeflow.engine.feed.MarketEvent.PositionsLoaded;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * venues.md §1.3.4 and §3.1: the login is refreshed with its refresh token at 80 % of {@code expires_in}, so
 * private calls keep working on the same socket long after the first token died; a reconnect logs in again.
 */
class TokenRefreshTest {
    private static final int LIFETIME_SECONDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private VenueHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void privateCallsStillWorkAfterTwiceTheTokenLifetime() throws Exception {
        h = VenueHarness.start(VenueHarness.config().tokenLifetimeSeconds(LIFETIME_SECONDS));
        DeribitConnector c = h.connectWithDemoKey();
        h.awaitConnected(0);
        assertTrue(positions(c).size() > 0, "positions before expiry");

        Thread.sleep(2L * LIFETIME_SECONDS * 1000 + 300);

        assertTrue(positions(c).size() > 0, "positions after twice the token lifetime");
        assertEquals(1, c.connections(), "the same socket: the login was refreshed, not redone by a reconnect");
        assertTrue(h.venue.authGrants("refresh_token") >= 2,
                "refreshed at ~2.4 s and ~4.8 s: " + h.venue.authGrants("refresh_token"));
        assertEquals(1, h.venue.authGrants("client_signature"), "one signed login, the rest were refreshes");
    }

    @Test
    void aReconnectLogsInAgainAndPrivateCallsWork() throws Exception {
        h = VenueHarness.start(VenueHarness.config());
        DeribitConnector c = h.connectWithDemoKey();
        h.awaitConnected(0);
        int before = h.sink.size();

        h.venue.dropAllConnections();

        h.awaitReconnected(before);
        h.sink.awaitAfter(before, PositionsLoaded.class, e -> !e.positions().isEmpty(), VenueHarness.WAIT);
        assertTrue(positions(c).size() > 0);
        assertEquals(2, c.connections());
        assertEquals(2, h.venue.authGrants("client_signature"));
    }

    private static JsonNode positions(DeribitConnector c) throws Exception {
        return c.privateCall("private/get_positions", JSON.createObjectNode().put("currency", "BTC"),
                Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
    }
}
