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

class BacktestCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final String[] BASE = {"backtest", "--option", "call", "--side", "short", "--quantity", "2",
        "--spot", "100000", "--strike", "100000", "--vol", "0.5", "--drift", "0.05", "--rate", "0.01", "--expiry",
        "30d", "--monitor", "1h", "--cost-bps", "5", "--paths", "500", "--seed", "1"};

    private int run(String... extra) {
        List<String> args = new ArrayList<>(List.of(BASE));
        args.addAll(List.of(extra));
        CommandLine cli = HedgeflowCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args.toArray(String[]::new));
    }

    @Test
    void printsOneJsonObjectWithTheStatisticsAndTheInputs() throws Exception {
        assertEquals(0, run("--policy", "ww:0.0001"), err.toString());
        assertEquals(1, out.toString().strip().lines().count());
        JsonNode o = new ObjectMapper().readTree(out.toString());
        for (String field : new String[] {"paths", "bs_price", "mean_hedge_cost", "std_hedge_cost",
            "performance_ratio", "mean_pnl", "std_pnl", "mean_trading_cost", "mean_trades", "spot", "strike", "vol",
            "realised_vol", "drift", "rate", "years", "monitor_years", "steps", "cost_bps", "seed", "quantity"}) {
            assertTrue(o.get(field).isNumber(), field);
        }
        assertEquals(500, o.get("paths").asInt());
        assertEquals(720, o.get("steps").asInt());
        assertEquals("ww:0.0001", o.get("policy").asText());
        assertEquals("short", o.get("side").asText());
        assertEquals(30 / 365.0, o.get("years").asDouble(), 1e-15);
        assertTrue(o.get("mean_trading_cost").asDouble() > 0);
    }

    @Test
    void everyPolicyRunsAndTheSameSeedRepeats() throws Exception {
        for (String policy : new String[] {"time:1d", "band:0.05", "zakamouline:0.0001", "leland:4h"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run("--policy", policy), policy + ": " + err);
            assertTrue(new ObjectMapper().readTree(out.toString()).get("std_hedge_cost").asDouble() > 0, policy);
        }
        out.getBuffer().setLength(0);
        run("--policy", "time:1d");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("--policy", "time:1d");
        assertEquals(first, out.toString());
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        String[][] bad = {{"--policy", "delta:1"}, {"--policy", "time:1d", "--vol", "-0.5"},
            {"--policy", "time:1d", "--paths", "0"}, {"--policy", "time:1d", "--side", "sideways"},
            {"--policy", "time:5m"}, {"--policy", "time:1d", "--monitor", "5x"},
            {"--policy", "time:1d", "--expiry", "soon"}, {"--policy", "time:1d", "--option", "straddle"},
            {"--policy", "ww:abc"}, {"--policy", "time:1d", "--paths", "many"}};
        for (String[] args : bad) {
            err.getBuffer().setLength(0);
            out.getBuffer().setLength(0);
            assertEquals(2, run(args), String.join(" ", args) + ": " + err);
            assertTrue(out.toString().isEmpty(), String.join(" ", args));
            assertTrue(err.toString().contains("--") || err.toString().contains("policy")
                    || err.toString().contains("option"), err.toString());
        }
    }
}
