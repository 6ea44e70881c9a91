package com.hedgeflow.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.engine.backtest.Backtest;
import com.hedgeflow.engine.backtest.BacktestResult;
import com.hedgeflow.engine.backtest.BacktestSpec;
import com.hedgeflow.engine.backtest.HedgingRule;
import com.hedgeflow.engine.backtest.Tenor;
import com.hedgeflow.engine.market.OptionType;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Monte Carlo backtest of a written or bought European option hedged in the underlying by a "
                + "policy on exact geometric Brownian paths; one JSON line with the hedge cost and P&L statistics "
                + "for the whole position (present values at --rate).")
final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--option", required = true, paramLabel = "call|put", converter = OptionInputs.TypeConverter.class)
    OptionType type;

    @Option(names = "--side", defaultValue = "short", paramLabel = "short|long",
            description = "short (written, default) or long (bought).")
    String side;

    @Option(names = "--quantity", defaultValue = "1", paramLabel = "N", description = "Number of options (default 1).")
    double quantity;

    @Option(names = "--spot", required = true, paramLabel = "S")
    double spot;

    @Option(names = "--strike", required = true, paramLabel = "K")
    double strike;

    @Option(names = "--vol", required = true, paramLabel = "σ",
            description = "Vol the option is priced and hedged at, decimal (0.5).")
    double vol;

    @Option(names = "--realised-vol", paramLabel = "σ_R", description = "Vol of the paths (default: --vol).")
    Double realisedVol;

    @Option(names = "--drift", defaultValue = "0", paramLabel = "μ", description = "Real-world drift (default 0).")
    double drift;

    @Option(names = "--rate", defaultValue = "0", paramLabel = "r",
            description = "Continuous rate (default 0): discounts and finances the hedge.")
    double rate;

    @Option(names = "--expiry", required = true, paramLabel = "TENOR|INSTANT",
            description = "30d, 20w (365-day years), 0.25y, or an ISO instant.")
    String expiry;

    @Option(names = "--policy", required = true, paramLabel = "POLICY",
            description = "time:1w (rehedge to delta every week), band:0.05 (±0.05 of the underlying per option "
                    + "around delta, trade to the edge), ww:LAMBDA (Whalley–Wilmott, risk aversion per currency "
                    + "unit), zakamouline:GAMMA, leland:1h (hourly at Leland's vol).")
    String policy;

    @Option(names = "--monitor", defaultValue = "5m", paramLabel = "TENOR",
            description = "Path step at which the policy looks (default 5m; s, m = minutes, h, d, w, y).")
    String monitor;

    @Option(names = "--cost-bps", defaultValue = "0", paramLabel = "BPS",
            description = "One-way proportional trading cost in bps of notional (default 0).")
    double costBps;

    @Option(names = "--paths", defaultValue = "100000", paramLabel = "N", description = "Paths (default 100000).")
    int paths;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed (default 1): the same seed gives the same paths for every policy.")
    long seed;

    @Override
    public Integer call() {
        boolean written = switch (side.toLowerCase(Locale.ROOT)) {
            case "short", "written", "sell" -> true;
            case "long", "bought", "buy" -> false;
            default -> throw new IllegalArgumentException("--side must be short or long, got '" + side + "'");
        };
        double years = Expiry.years(expiry, Instant.now());
        HedgingRule rule = HedgingRule.parse(policy);
        double monitorYears = Tenor.years("--monitor", monitor);
        double pathVol = realisedVol != null ? realisedVol : vol;
        BacktestSpec in = new BacktestSpec(type, written, quantity, spot, strike, vol, pathVol, drift, rate, years,
                rule, monitorYears, costBps / 10_000.0, paths, seed);
        BacktestResult r = Backtest.run(in);

        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("option", type.name().toLowerCase(Locale.ROOT));
        o.put("side", written ? "short" : "long");
        o.put("quantity", quantity);
        o.put("spot", spot);
        o.put("strike", strike);
        o.put("vol", vol);
        o.put("realised_vol", pathVol);
        o.put("drift", drift);
        o.put("rate", rate);
        o.put("years", years);
        o.put("policy", policy.trim());
        o.put("monitor_years", monitorYears);
        o.put("steps", r.steps());
        o.put("cost_bps", costBps);
        o.put("seed", seed);
        o.put("hedge_vol", r.hedgeVol());
        o.put("paths", r.paths());
        o.put("bs_price", r.bsPrice());
        o.put("mean_hedge_cost", r.meanHedgeCost());
        o.put("std_hedge_cost", r.stdHedgeCost());
        o.put("performance_ratio", r.performanceRatio());
        o.put("mean_pnl", r.meanPnl());
        o.put("std_pnl", r.stdPnl());
        o.put("mean_trading_cost", r.meanTradingCost());
        o.put("mean_trades", r.meanTrades());
        spec.commandLine().getOut().println(o);
        return 0;
    }
}
