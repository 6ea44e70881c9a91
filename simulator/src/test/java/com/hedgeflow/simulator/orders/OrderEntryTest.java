package com.hedgeflow.simulator.orders;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.simulator.RpcTestClient;
import com.hedgeflow.simulator.SimulatedVenue;
import com.hedgeflow.simulator.SimulatorConfig;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** private/buy, sell, cancel and the order queries over a real socket, with Deribit's shapes and error codes. */
class OrderEntryTest {
    static final String PERP = "BTC-PERPETUAL";
    private static SimulatedVenue venue;
    private RpcTestClient c;

    @BeforeAll
    static void start() throws Exception {
        venue = SimulatedVenue.start(SimulatorConfig.builder().seed(11).build());
    }

    @AfterAll
    static void stop() {
        venue.close();
    }

    @BeforeEach
    void login() throws Exception {
        c = login(venue);
    }

    @AfterEach
    void logout() throws Exception {
        c.result("private/cancel_all", params());
        c.close();
    }

    static RpcTestClient login(SimulatedVenue venue) throws Exception {
        RpcTestClient client = RpcTestClient.connect(venue.deribitWebSocketUri());
        client.result("public/auth", params("grant_type", "client_credentials", "client_id", venue.clientId(),
                "client_secret", venue.clientSecret()));
        return client;
    }

    static double perpSize(RpcTestClient c) throws Exception {
        for (JsonNode p : c.result("private/get_positions", params("currency", "BTC", "kind", "future"))) {
            if (p.get("instrument_name").asText().equals(PERP)) {
                return p.get("size").asDouble();
            }
        }
        return 0;
    }

    static double ask(RpcTestClient c) throws Exception {
        return c.result("public/ticker", params("instrument_name", PERP)).get("best_ask_price").asDouble();
    }

    static ObjectNode order(Object... more) {
        ObjectNode p = params("instrument_name", PERP, "amount", 100, "type", "limit");
        p.setAll(params(more));
        return p;
    }

    @Test
    void marketableIocBuyFillsAtTheAskAndMovesThePosition() throws Exception {
        double before = perpSize(c);
        double limit = ask(c) + 2_000;
        JsonNode r = c.result("private/buy", order("price", limit, "time_in_force", "immediate_or_cancel",
                "label", "ioc-1", "amount", 250 - 50));
        JsonNode o = r.get("order");
        assertTrue(o.get("order_id").asText().matches("BTC-\\d+"), o.toString());
        assertEquals("filled", o.get("order_state").asText());
        assertEquals("buy", o.get("direction").asText());
        assertEquals("ioc-1", o.get("label").asText());
        assertEquals(200, o.get("amount").asDouble());
        assertEquals(20, o.get("contracts").asDouble());
        assertEquals(200, o.get("filled_amount").asDouble());
        assertEquals("immediate_or_cancel", o.get("time_in_force").asText());
        JsonNode t = r.get("trades").get(0);
        assertTrue(t.get("trade_id").isTextual());
        assertEquals(o.get("order_id").asText(), t.get("order_id").asText());
        assertEquals("T", t.get("liquidity").asText());
        assertEquals("filled", t.get("state").asText());
        assertTrue(t.get("price").asDouble() < limit, "filled at the best ask, not the limit");
        assertEquals(t.get("price").asDouble(), o.get("average_price").asDouble(), 1e-9);
        assertEquals(before + 200, perpSize(c), 1e-9);

        JsonNode sold = c.result("private/sell", order("contracts", 20, "amount", 200, "type", "market"));
        assertEquals("filled", sold.get("order").get("order_state").asText());
        assertEquals("market", sold.get("order").get("order_type").asText());
        assertTrue(sold.get("trades").get(0).get("trade_seq").asLong() > t.get("trade_seq").asLong());
        assertEquals(before, perpSize(c), 1e-9);
    }

    @Test
    void iocThatDoesNotCrossIsCancelledWithoutTrades() throws Exception {
        JsonNode r = c.result("private/buy", order("price", 1_000, "time_in_force", "immediate_or_cancel"));
        assertEquals("cancelled", r.get("order").get("order_state").asText());
        assertEquals(0, r.get("trades").size());
        JsonNode fok = c.result("private/sell", order("price", 900_000, "time_in_force", "fill_or_kill"));
        assertEquals("cancelled", fok.get("order").get("order_state").asText());
    }

    @Test
    void venueRulesAnswerWithDeribitCodes() throws Exception {
        assertEquals(10002, code(c.call("private/buy", order("price", 1_000, "amount", 0))));
        assertEquals(10002, code(c.call("private/buy", order("price", 1_000, "amount", 5))));
        assertEquals(10027, code(c.call("private/buy", order("price", 1_000, "amount", 15))));
        assertEquals(10043, code(c.call("private/buy", order("price", 1_000.3))));
        assertEquals(10020, code(c.call("private/buy", order("price", 1_000, "instrument_name", "BTC-NOPE"))));
        assertEquals(10004, code(c.call("private/cancel", params("order_id", "BTC-1"))));
        assertEquals(10004, code(c.call("private/get_order_state", params("order_id", "BTC-1"))));
        assertEquals(11029, code(c.call("private/sell", order("price", 1_000, "reduce_only", true,
                "instrument_name", "BTC-PERPETUAL", "amount", 1e9))));
    }

    @Test
    void badParamsAre32602() throws Exception {
        assertEquals(-32602, code(c.call("private/buy", order())));
        assertEquals(-32602, code(c.call("private/buy", order("price", 1_000, "type", "stop_limit"))));
        assertEquals(-32602, code(c.call("private/buy", order("price", 1_000, "time_in_force", "good_til_day"))));
        assertEquals(-32602, code(c.call("private/buy", order("price", 1_000, "label", "x".repeat(65)))));
        assertEquals(-32602, code(c.call("private/buy", order("price", 1_000, "contracts", 3))));
        assertEquals(-32602, code(c.call("private/buy", params("instrument_name", PERP, "price", 1_000))));
        assertEquals(-32602, code(c.call("private/cancel", params())));
        assertEquals(13009, code(RpcTestClient.connect(venue.deribitWebSocketUri())
                .call("private/buy", order("price", 1_000))));
    }

    @Test
    void restingOrdersAreListedFoundCancelledAndCounted() throws Exception {
        String label = "rest-" + System.nanoTime();
        JsonNode o = c.result("private/buy", order("price", 20_000, "label", label)).get("order");
        assertEquals("open", o.get("order_state").asText());
        assertEquals("good_til_cancelled", o.get("time_in_force").asText());
        String id = o.get("order_id").asText();
        c.result("private/sell", order("price", 900_000, "label", label));

        JsonNode open = c.result("private/get_open_orders_by_currency", params("currency", "BTC"));
        assertEquals(2, open.size());
        assertEquals(0, c.result("private/get_open_orders_by_currency", params("currency", "BTC", "kind", "option")).size());
        assertEquals(0, c.result("private/get_open_orders_by_currency", params("currency", "ETH")).size());
        assertEquals("open", c.result("private/get_order_state", params("order_id", id)).get("order_state").asText());
        assertEquals(2, c.result("private/get_order_state_by_label", params("currency", "BTC", "label", label)).size());
        assertEquals(0, c.result("private/get_order_state_by_label", params("currency", "BTC", "label", "nope")).size());

        JsonNode cancelled = c.result("private/cancel", params("order_id", id));
        assertEquals("cancelled", cancelled.get("order_state").asText());
        assertEquals("user_request", cancelled.get("cancel_reason").asText());
        assertEquals(11044, code(c.call("private/cancel", params("order_id", id))));
        assertEquals(1, c.result("private/cancel_all", params()).asInt());
        assertEquals(0, c.result("private/cancel_all", params()).asInt());
        assertEquals(0, c.result("private/get_open_orders_by_currency", params("currency", "BTC")).size());
    }

    @Test
    void aRestingBuyFillsWhenTheMarketComesDownToIt() throws Exception {
        double before = perpSize(c);
        // post_only keeps it from taking on arrival; the simulated perpetual moves ~100 USD a tick.
        JsonNode o = c.result("private/buy", order("price", ask(c) - 0.5, "post_only", true)).get("order");
        String id = o.get("order_id").asText();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        JsonNode state = o;
        while (state.get("order_state").asText().equals("open") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            state = c.result("private/get_order_state", params("order_id", id));
        }
        assertEquals("filled", state.get("order_state").asText(), state.toString());
        assertEquals(state.get("price").asDouble(), state.get("average_price").asDouble(), 1e-9);
        JsonNode trades = c.result("private/get_user_trades_by_currency", params("currency", "BTC", "count", 5));
        JsonNode newest = trades.get("trades").get(0);
        assertEquals(id, newest.get("order_id").asText());
        assertEquals("M", newest.get("liquidity").asText());
        assertTrue(trades.has("has_more"));
        assertEquals(before + 100, perpSize(c), 1e-9);
        c.result("private/sell", order("type", "market"));
    }

    @Test
    void optionOrdersUseCoinAmountsAndTheOptionTick() throws Exception {
        JsonNode chain = c.result("public/get_book_summary_by_currency", params("currency", "BTC", "kind", "option"));
        String option = chain.get(0).get("instrument_name").asText();
        assertEquals(10043, code(c.call("private/buy", params("instrument_name", option, "amount", 1, "price", 0.00012))));
        assertEquals(10021, code(c.call("private/buy", params("instrument_name", option, "amount", 0.15, "price", 0.001))));
        JsonNode r = c.result("private/buy", params("instrument_name", option, "amount", 0.5, "price", 0.0005,
                "time_in_force", "immediate_or_cancel"));
        assertEquals(0.5, r.get("order").get("amount").asDouble());
    }

    static int code(JsonNode response) {
        assertFalse(response.has("result"), "expected an error, got " + response);
        return response.get("error").get("code").asInt();
    }
}
