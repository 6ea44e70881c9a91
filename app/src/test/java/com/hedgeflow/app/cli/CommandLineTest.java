package com.hedgeflow.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command-line contract of DESIGN.md §6, run in-process through the same entry as the launcher. */
class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = HedgeflowCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void headlessPrintsOneJsonSnapshotPerSecondFromTheEmbeddedSimulator() throws Exception {
        int code = run("headless", "--duration", "4s", "--seed", "3");

        assertEquals(0, code, err.toString());
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertEquals(4, lines.size(), "one line a second for four seconds: " + out);
        JsonNode last = lines.get(lines.size() - 1);
        assertEquals("BTC", last.get("underlying").asText(), last.toString());
        assertTrue(last.get("index_price").asDouble() > 1_000, last.toString());
        assertTrue(last.get("net_delta_coin").isNumber(), last.toString());
        assertEquals(last.get("net_delta_coin").asDouble() * last.get("index_price").asDouble(),
                last.get("net_delta_usd").asDouble(), 1e-6 * Math.abs(last.get("net_delta_usd").asDouble()) + 1e-9);
        assertTrue(last.get("positions").size() >= 3, "the seeded demo book: " + last);
        assertEquals("connected", last.get("feeds").get(0).get("state").asText());
        assertTrue(last.has("ts"));

        // The market analytics of issue 3 ride along, with their conventions and units named.
        assertTrue(last.get("dealer_positioning").asText().contains("long calls"), last.get("dealer_positioning").toString());
        assertTrue(last.get("gex_by_strike").size() >= 15);
        assertTrue(last.get("gex_by_strike").get(0).has("market_gex_usd_per_1pct"));
        assertTrue(last.get("zero_gamma").get("market").has("status"));
        assertEquals(41, last.get("hedge_flow").size());
        assertTrue(last.get("skew").size() >= 4, "one smile per listed expiry");
        assertTrue(last.get("skew").get(0).get("atm_vol").asDouble() > 0.1);
        assertEquals("forward", last.get("skew_delta_convention").asText());
        JsonNode pnl = last.get("scenarios").get("now").get("pnl_usd");
        assertEquals(0.0, pnl.get(pnl.size() / 2).get(pnl.get(0).size() / 2).asDouble(), 1e-6, "no move, no P&L");
    }

    @Test
    void aBadUrlIsBadInput() {
        assertEquals(2, run("headless", "--deribit-url", "http://127.0.0.1:1/api"));
        assertTrue(err.toString().contains("not a WebSocket URL"), err.toString());
    }

    @Test
    void aBadDurationIsBadInput() {
        assertEquals(2, run("headless", "--duration", "soon"));
        assertTrue(err.toString().contains("not a duration"), err.toString());
    }

    @Test
    void anUnknownVenueIsBadInput() {
        assertEquals(2, run("headless", "--venue", "kraken"));
        assertTrue(err.toString().contains("unknown venue 'kraken'"), err.toString());
    }

    @Test
    void aVenueNotBuiltYetIsBadInputWithAReason() {
        assertEquals(2, run("headless", "--venue", "binance", "--duration", "1s"));
        assertTrue(err.toString().contains("Binance"), err.toString());
    }

    @Test
    void anUnknownDealerPositioningIsBadInput() {
        assertEquals(2, run("headless", "--dealer-positioning", "dealers-everywhere"));
        assertTrue(err.toString().contains("long-calls-short-puts"), err.toString());
    }

    @Test
    void theAnalyticsConventionsCanBeChosen() throws Exception {
        assertEquals(0, run("headless", "--duration", "2s", "--dealer-positioning", "short-all",
                "--scenario-vol", "sticky-moneyness"), err.toString());
        String[] lines = out.toString().split("\n");
        JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertEquals("dealers short calls and puts", last.get("dealer_positioning").asText(), last.toString());
        assertEquals("sticky_moneyness", last.get("scenarios").get("now").get("vol_dynamics").asText());
    }

    @Test
    void smokeWaitsForTheFirstSnapshotAndSaysSoInOneJsonLine() throws Exception {
        // Surefire runs with -Djava.awt.headless=true, so this is the headless smoke check.
        int code = run("--smoke");

        assertEquals(0, code, err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals(1, lines.length, out.toString());
        JsonNode report = new ObjectMapper().readTree(lines[0]);
        assertEquals("ok", report.get("smoke").asText(), report.toString());
        assertEquals("headless", report.get("mode").asText());
        assertEquals(false, report.get("packaged").asBoolean());
        assertTrue(report.get("underlyings").toString().contains("BTC"), report.toString());
        assertEquals(0, report.get("problems").size(), report.toString());
    }

    @Test
    void inManualModeTheHeadlessLineCarriesTheHedgersProposal() throws Exception {
        assertEquals(0, run("headless", "--duration", "4s", "--mode", "manual"), err.toString());
        String[] lines = out.toString().split("\n");
        JsonNode hedger = new ObjectMapper().readTree(lines[lines.length - 1]).get("hedger");
        assertEquals("manual", hedger.get("mode").asText(), hedger.toString());
        assertEquals(false, hedger.get("kill_switch").get("engaged").asBoolean());
        // The demo book sits outside the ±1 BTC band, so a proposal waits for a person.
        JsonNode proposal = hedger.get("pending").get(0);
        assertEquals("BTC-PERPETUAL", proposal.get("instrument").asText(), hedger.toString());
        assertEquals("USD", proposal.get("size_unit").asText());
        assertEquals(1.0, Math.abs(proposal.get("expected_delta_after_coin").asDouble()), 0.05);
        assertEquals("band_breach", proposal.get("reason").asText());
    }

    @Test
    void anUnknownModeIsBadInput() {
        assertEquals(2, run("headless", "--mode", "yolo"));
        assertTrue(err.toString().contains("off, manual or semi-auto"), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("headless") && out.toString().contains("simulator"), out.toString());
    }
}
