package com.hedgeflow.simulator;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InstrumentsTest {
    private static final Pattern OPTION_NAME = Pattern.compile("BTC-([1-9][0-9]?)([A-Z]{3})([0-9]{2})-([0-9]+)-([CP])");
    private static SimulatedVenue venue;
    private static RpcTestClient client;

    @BeforeAll
    static void start() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().seed(3).build());
        client = RpcTestClient.connect(venue.deribitWebSocketUri());
    }

    @AfterAll
    static void stop() {
        client.close();
        venue.close();
    }

    @Test
    void listsThePerpetualAndAtLeastFourExpiriesOfFifteenStrikes() throws Exception {
        JsonNode all = client.result("public/get_instruments", params("currency", "BTC"));
        Map<Long, Set<Long>> strikesByExpiry = new TreeMap<>();
        int calls = 0;
        int puts = 0;
        int perps = 0;
        Set<String> names = new HashSet<>();
        for (JsonNode i : all) {
            assertTrue(names.add(i.get("instrument_name").asText()), "unique names");
            if (i.get("kind").asText().equals("option")) {
                Matcher m = OPTION_NAME.matcher(i.get("instrument_name").asText());
                assertTrue(m.matches(), "Deribit option name: " + i.get("instrument_name"));
                assertEquals(Long.parseLong(m.group(4)), i.get("strike").asLong());
                assertEquals(m.group(5).equals("C") ? "call" : "put", i.get("option_type").asText());
                strikesByExpiry.computeIfAbsent(i.get("expiration_timestamp").asLong(), k -> new HashSet<>())
                        .add(i.get("strike").asLong());
                if (m.group(5).equals("C")) {
                    calls++;
                } else {
                    puts++;
                }
            } else {
                perps++;
            }
        }
        assertEquals(1, perps);
        assertEquals(calls, puts);
        assertTrue(strikesByExpiry.size() >= 4, "expiries: " + strikesByExpiry.keySet());
        strikesByExpiry.values().forEach(strikes -> assertTrue(strikes.size() >= 15));
        assertEquals(1 + calls + puts, all.size());
        for (long expiry : strikesByExpiry.keySet()) {
            assertEquals(8 * 3600_000L, expiry % 86_400_000L, "expires at 08:00 UTC");
            assertTrue(expiry > System.currentTimeMillis());
        }
        Set<Long> strikes = strikesByExpiry.values().iterator().next();
        assertTrue(strikes.contains(95_000L));
    }

    @Test
    void optionCarriesDeribitFields() throws Exception {
        JsonNode options = client.result("public/get_instruments", params("currency", "BTC", "kind", "option"));
        JsonNode o = options.get(0);
        for (String f : List.of("instrument_name", "instrument_id", "kind", "option_type", "strike", "expiration_timestamp",
                "creation_timestamp", "settlement_period", "is_active", "contract_size", "min_trade_amount", "tick_size",
                "tick_size_steps", "base_currency", "quote_currency", "counter_currency", "settlement_currency",
                "instrument_type", "price_index", "maker_commission", "taker_commission", "state")) {
            assertTrue(o.has(f), "option field " + f);
        }
        assertEquals("option", o.get("kind").asText());
        assertEquals(1.0, o.get("contract_size").asDouble());
        assertEquals(0.1, o.get("min_trade_amount").asDouble());
        assertEquals(0.0005, o.get("tick_size").asDouble());
        assertEquals("BTC", o.get("base_currency").asText());
        assertEquals("BTC", o.get("quote_currency").asText());
        assertEquals("USD", o.get("counter_currency").asText());
        assertEquals("BTC", o.get("settlement_currency").asText());
        assertEquals("reversed", o.get("instrument_type").asText());
        assertEquals("btc_usd", o.get("price_index").asText());
        assertTrue(o.get("is_active").asBoolean());
        assertTrue(o.get("tick_size_steps").isArray());
        assertTrue(Set.of("week", "month").contains(o.get("settlement_period").asText()));
        for (JsonNode i : options) {
            assertEquals("option", i.get("kind").asText());
        }
    }

    @Test
    void perpetualCarriesDeribitFields() throws Exception {
        JsonNode futures = client.result("public/get_instruments", params("currency", "BTC", "kind", "future"));
        assertEquals(1, futures.size());
        JsonNode p = futures.get(0);
        assertEquals("BTC-PERPETUAL", p.get("instrument_name").asText());
        assertEquals(10.0, p.get("contract_size").asDouble());
        assertEquals(10.0, p.get("min_trade_amount").asDouble());
        assertEquals(0.5, p.get("tick_size").asDouble());
        assertEquals("reversed", p.get("instrument_type").asText());
        assertEquals("perpetual", p.get("settlement_period").asText());
        assertEquals(32503708800000L, p.get("expiration_timestamp").asLong());
        assertEquals("USD", p.get("quote_currency").asText());
        assertTrue(p.get("max_leverage").asDouble() > 0);
        assertFalse(p.has("option_type"));
    }

    @Test
    void otherCurrenciesAndExpiredAreEmpty() throws Exception {
        assertEquals(0, client.result("public/get_instruments", params("currency", "ETH")).size());
        assertEquals(0, client.result("public/get_instruments", params("currency", "BTC", "expired", true)).size());
        assertTrue(client.result("public/get_instruments", params("currency", "any")).size() > 100);
        assertEquals(-32602, EnvelopeTest.assertErrorShape(
                client.call("public/get_instruments", params("currency", "DOGE"))));
        assertEquals(-32602, EnvelopeTest.assertErrorShape(
                client.call("public/get_instruments", params("currency", "BTC", "kind", "swap"))));
    }

    @Test
    void instrumentIdsAreUnique() throws Exception {
        JsonNode all = client.result("public/get_instruments", params("currency", "BTC"));
        List<Long> ids = new ArrayList<>();
        all.forEach(i -> ids.add(i.get("instrument_id").asLong()));
        assertEquals(ids.size(), new HashSet<>(ids).size());
    }
}
