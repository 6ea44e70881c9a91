package com.hedgeflow.simulator;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
    private static SimulatedVenue venue;
    private static String atmCall;

    @BeforeAll
    static void start() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().seed(11).build());
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            for (JsonNode i : c.result("public/get_instruments", params("currency", "BTC", "kind", "option"))) {
                if (i.get("strike").asDouble() == 95_000 && i.get("option_type").asText().equals("call")) {
                    atmCall = i.get("instrument_name").asText();
                    break;
                }
            }
        }
        assertNotNull(atmCall);
    }

    @AfterAll
    static void stop() {
        venue.close();
    }

    @Test
    void subscribeReturnsOnlyAcceptedChannelsThenStreamsThem() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            String option = "ticker." + atmCall + ".100ms";
            String perp = "ticker.BTC-PERPETUAL.100ms";
            String index = "deribit_price_index.btc_usd";
            JsonNode accepted = c.result("public/subscribe", params("channels",
                    List.of(option, perp, index, "ticker.BTC-1JAN20-1-C.100ms", "ticker." + atmCall + ".raw", "book.x")));
            assertEquals(List.of(option, perp, index), texts(accepted));

            Map<String, JsonNode> latest = collect(c, 3, 3_000);
            JsonNode o = latest.get(option);
            assertNotNull(o, "option ticker arrived");
            assertEquals(atmCall, o.get("instrument_name").asText());
            for (String f : List.of("timestamp", "state", "mark_price", "mark_iv", "bid_iv", "ask_iv", "best_bid_price",
                    "best_bid_amount", "best_ask_price", "best_ask_amount", "underlying_price", "underlying_index",
                    "index_price", "interest_rate", "open_interest", "last_price", "min_price", "max_price",
                    "settlement_price", "estimated_delivery_price", "greeks", "stats")) {
                assertTrue(o.has(f), "option ticker field " + f);
            }
            for (String g : List.of("delta", "gamma", "vega", "theta", "rho")) {
                assertTrue(o.get("greeks").get(g).isNumber(), "greek " + g);
            }
            assertEquals("open", o.get("state").asText());
            assertEquals("index_price", o.get("underlying_index").asText());
            assertEquals(0.0, o.get("interest_rate").asDouble());
            double markIv = o.get("mark_iv").asDouble();
            assertTrue(markIv > 20 && markIv < 150, "IV in percent: " + markIv);
            double mark = o.get("mark_price").asDouble();
            assertTrue(mark > 0.001 && mark < 0.5, "ATM call mark in BTC: " + mark);
            double bid = o.get("best_bid_price").asDouble();
            double ask = o.get("best_ask_price").asDouble();
            assertTrue(bid < mark && mark < ask, bid + " < " + mark + " < " + ask);
            assertEquals(0.0, Math.abs(Math.IEEEremainder(bid, 0.0005)), 1e-9, "bid on tick");
            assertEquals(0.0, Math.abs(Math.IEEEremainder(ask, 0.0005)), 1e-9, "ask on tick");
            assertTrue(o.get("bid_iv").asDouble() < markIv && markIv < o.get("ask_iv").asDouble());
            double delta = o.get("greeks").get("delta").asDouble();
            assertTrue(delta > 0.3 && delta < 0.7, "ATM delta " + delta);
            assertTrue(o.get("greeks").get("vega").asDouble() > 1, "vega in USD per vol point");
            assertTrue(o.get("greeks").get("theta").asDouble() < 0, "theta negative");
            assertTrue(o.get("greeks").get("gamma").asDouble() > 0);
            assertEquals(o.get("index_price").asDouble(), o.get("underlying_price").asDouble(), 1e-9);

            JsonNode p = latest.get(perp);
            assertNotNull(p, "perpetual ticker arrived");
            for (String f : List.of("mark_price", "index_price", "current_funding", "funding_8h", "interest_value",
                    "open_interest", "best_bid_price", "best_ask_price", "best_bid_amount", "best_ask_amount")) {
                assertTrue(p.has(f), "perpetual field " + f);
            }
            double perpMark = p.get("mark_price").asDouble();
            assertTrue(perpMark > 50_000 && perpMark < 200_000, "perp mark in USD: " + perpMark);
            assertEquals(0.0, p.get("best_bid_amount").asDouble() % 10, 1e-9, "USD amounts in 10s");

            JsonNode i = latest.get(index);
            assertNotNull(i, "index arrived");
            assertEquals("btc_usd", i.get("index_name").asText());
            assertTrue(i.get("price").asDouble() > 50_000);
            assertTrue(Math.abs(i.get("timestamp").asLong() - System.currentTimeMillis()) < 5_000);
        }
    }

    @Test
    void notificationsComeEveryHundredMilliseconds() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            c.result("public/subscribe", params("channels", List.of("deribit_price_index.btc_usd")));
            List<Long> stamps = new ArrayList<>();
            while (stamps.size() < 6) {
                JsonNode n = c.notifications.poll(2, TimeUnit.SECONDS);
                assertNotNull(n, "notification");
                assertEquals("2.0", n.get("jsonrpc").asText());
                assertTrue(!n.has("id"));
                stamps.add(n.get("params").get("data").get("timestamp").asLong());
            }
            long span = stamps.get(stamps.size() - 1) - stamps.get(0);
            assertTrue(span >= 300 && span <= 1_500, "5 ticks took " + span + " ms");
        }
    }

    @Test
    void unsubscribeStopsTheStream() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            String option = "ticker." + atmCall + ".100ms";
            c.result("public/subscribe", params("channels", List.of(option, "deribit_price_index.btc_usd")));
            assertNotNull(c.notifications.poll(2, TimeUnit.SECONDS));
            JsonNode removed = c.result("public/unsubscribe", params("channels", List.of(option, "ticker.NOPE.100ms")));
            assertEquals(List.of(option), texts(removed));
            Thread.sleep(250);
            c.notifications.clear();
            Thread.sleep(400);
            for (JsonNode n : c.notifications) {
                assertEquals("deribit_price_index.btc_usd", n.get("params").get("channel").asText());
            }
            assertEquals("ok", c.result("public/unsubscribe_all", params()).asText());
            Thread.sleep(250);
            c.notifications.clear();
            Thread.sleep(400);
            assertTrue(c.notifications.isEmpty(), "nothing after unsubscribe_all");
        }
    }

    @Test
    void rawNeedsALoginAndPrivateSubscribeNeedsOneToo() throws Exception {
        try (RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            String raw = "ticker." + atmCall + ".raw";
            assertEquals(13009, EnvelopeTest.assertErrorShape(
                    c.call("private/subscribe", params("channels", List.of(raw)))));
            c.result("public/auth", params("grant_type", "client_credentials", "client_id", venue.clientId(),
                    "client_secret", venue.clientSecret()));
            assertEquals(List.of(raw), texts(c.result("public/subscribe", params("channels", List.of(raw)))));
            String agg = "ticker.BTC-PERPETUAL.agg2";
            assertEquals(List.of(agg), texts(c.result("private/subscribe", params("channels", List.of(agg)))));
            Map<String, JsonNode> latest = collect(c, 2, 3_000);
            assertTrue(latest.containsKey(raw) && latest.containsKey(agg), latest.keySet().toString());
            assertEquals(List.of(agg), texts(c.result("private/unsubscribe", params("channels", List.of(agg)))));
        }
    }

    /** Latest data per channel until {@code channels} distinct channels have been seen. */
    private static Map<String, JsonNode> collect(RpcTestClient c, int channels, long millis) throws InterruptedException {
        Map<String, JsonNode> latest = new HashMap<>();
        long deadline = System.currentTimeMillis() + millis;
        while (latest.size() < channels && System.currentTimeMillis() < deadline) {
            JsonNode n = c.notifications.poll(200, TimeUnit.MILLISECONDS);
            if (n != null) {
                assertEquals("subscription", n.get("method").asText());
                latest.put(n.get("params").get("channel").asText(), n.get("params").get("data"));
            }
        }
        return latest;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
