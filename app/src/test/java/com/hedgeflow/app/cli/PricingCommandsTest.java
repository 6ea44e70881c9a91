package com.hedgeflow.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PricingCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = HedgeflowCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void hullsCallOnSpotWithARate() throws Exception {
        // Hull: S = 42, K = 40, r = 10%, vol 20%, six months -> call 4.76
        assertEquals(0, run("price", "--type", "call", "--spot", "42", "--strike", "40", "--rate", "0.1",
                "--vol", "0.2", "--expiry", "0.5y"), err.toString());
        JsonNode o = json();
        assertEquals(4.76, o.get("price").asDouble(), 0.005);
        assertEquals(0.7791, o.get("delta").asDouble(), 1e-4, "N(d1), to spot");
        for (String field : new String[] {"gamma", "vega_per_vol", "theta_per_year", "rho", "vanna", "volga",
                "charm_per_year"}) {
            assertTrue(o.get(field).isNumber(), field);
        }
        assertTrue(!o.has("price_coin"), "usd settlement has no coin price");
    }

    @Test
    void weeksAndDaysCount365DayYears() throws Exception {
        assertEquals(0, run("price", "--type", "put", "--forward", "100", "--strike", "100", "--vol", "0.5",
                "--expiry", "20w"));
        assertEquals(140.0 / 365.0, json().get("years").asDouble(), 1e-15);
    }

    @Test
    void coinSettlementAddsTheCoinPriceAndThePremiumAdjustedDelta() throws Exception {
        assertEquals(0, run("price", "--type", "call", "--forward", "100000", "--strike", "100000", "--vol", "0.6",
                "--expiry", "0.25y", "--settle", "coin"));
        JsonNode o = json();
        assertEquals(o.get("price").asDouble() / 100_000, o.get("price_coin").asDouble(), 1e-15);
        assertEquals(o.get("delta").asDouble() - o.get("price_coin").asDouble(),
                o.get("delta_premium_adjusted").asDouble(), 1e-12);
    }

    @Test
    void impliedVolRoundTrip() throws Exception {
        assertEquals(0, run("price", "--type", "put", "--spot", "95000", "--strike", "80000", "--vol", "0.73",
                "--rate", "0.03", "--expiry", "45d", "--settle", "coin"));
        String coinPrice = json().get("price_coin").asText();
        out.getBuffer().setLength(0);
        assertEquals(0, run("iv", "--type", "put", "--spot", "95000", "--strike", "80000", "--rate", "0.03",
                "--expiry", "45d", "--settle", "coin", "--price", coinPrice), err.toString());
        assertEquals(0.73, json().get("iv").asDouble(), 1e-9);
    }

    @Test
    void aPriceNoVolCanProduceExitsTwoWithTheReason() {
        // a call on a forward of 100 struck at 80 is worth at least 20
        assertEquals(2, run("iv", "--type", "call", "--forward", "100", "--strike", "80", "--expiry", "30d",
                "--price", "15"));
        assertTrue(err.toString().contains("no implied vol"), err.toString());
        assertEquals("", out.toString(), "nothing on stdout");
    }

    @Test
    void badInputsExitTwo() {
        assertEquals(2, run("price", "--type", "call", "--spot", "1", "--forward", "1", "--strike", "1", "--vol", "0.5",
                "--expiry", "1y"));
        assertEquals(2, run("price", "--type", "straddle", "--spot", "1", "--strike", "1", "--vol", "0.5",
                "--expiry", "1y"));
        assertEquals(2, run("price", "--type", "call", "--spot", "1", "--strike", "-5", "--vol", "0.5",
                "--expiry", "1y"));
        assertEquals(2, run("price", "--type", "call", "--spot", "1", "--strike", "1", "--vol", "0.5",
                "--expiry", "2020-01-01T00:00:00Z"));
        assertTrue(err.toString().contains("not in the future"), err.toString());
        assertEquals(2, run("price", "--type", "call", "--spot", "1", "--strike", "1", "--vol", "0.5",
                "--expiry", "soon"));
        assertEquals(2, run("price", "--type", "call", "--spot", "1", "--strike", "1", "--vol", "0.5",
                "--expiry", "1y", "--settle", "eur"));
    }
}
