package com.hedgeflow.simulator;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BookSummaryTest {
    private static SimulatedVenue venue;
    private static RpcTestClient client;

    @BeforeAll
    static void start() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().seed(5).build());
        client = RpcTestClient.connect(venue.deribitWebSocketUri());
    }

    @AfterAll
    static void stop() {
        client.close();
        venue.close();
    }

    @Test
    void optionSummariesCarryMarkIvInPercentOpenInterestAndTheUnderlying() throws Exception {
        JsonNode all = client.result("public/get_book_summary_by_currency", params("currency", "BTC", "kind", "option"));
        JsonNode instruments = client.result("public/get_instruments", params("currency", "BTC", "kind", "option"));
        assertEquals(instruments.size(), all.size(), "one summary per listed option");
        for (JsonNode s : all) {
            String name = s.get("instrument_name").asText();
            assertTrue(s.get("mark_iv").asDouble() > 5 && s.get("mark_iv").asDouble() < 300, name + " IV in percent");
            assertTrue(s.get("open_interest").asDouble() >= 0, name);
            assertTrue(s.get("underlying_price").asDouble() > 1_000, name);
            assertEquals("index_price", s.get("underlying_index").asText());
            assertTrue(s.has("bid_price") && s.has("ask_price") && s.has("mid_price"), name);
            assertTrue(!s.has("greeks"), "summaries carry no greeks");
        }
    }

    @Test
    void withoutAKindTheSummaryIncludesThePerpetual() throws Exception {
        JsonNode all = client.result("public/get_book_summary_by_currency", params("currency", "BTC"));
        boolean perpetual = false;
        for (JsonNode s : all) {
            if (s.get("instrument_name").asText().equals("BTC-PERPETUAL")) {
                perpetual = true;
                assertTrue(s.get("mark_price").asDouble() > 1_000);
                assertTrue(s.has("funding_8h"));
            }
        }
        assertTrue(perpetual);
    }

    @Test
    void anUnknownCurrencyIsAnInvalidParameter() throws Exception {
        JsonNode error = client.call("public/get_book_summary_by_currency", params("currency", "DOGE")).get("error");
        assertEquals(-32602, error.get("code").asInt());
    }
}
