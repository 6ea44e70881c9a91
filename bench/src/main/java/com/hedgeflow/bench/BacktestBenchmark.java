package com.hedgeflow.bench;

import com.hedgeflow.engine.backtest.Backtest;
import com.hedgeflow.engine.backtest.BacktestResult;
import com.hedgeflow.engine.backtest.BacktestSpec;
import com.hedgeflow.engine.backtest.HedgingRule;
import com.hedgeflow.engine.market.OptionType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole backtest runs, as {@code hedgeflow backtest} does them (all cores), single-shot: a short ATM BTC call,
 * vol 0.5, 5 bps one-way.
 * <ul>
 * <li>{@code daily}: 100,000 paths × 20 steps (20 days monitored daily; target under 2 s);</li>
 * <li>{@code fiveMinutes}: 20,000 paths × 8,640 steps (30 days monitored every 5 minutes; target under 20 s).</li>
 * </ul>
 * {@code policy} picks the rule: time (rehedge every step for daily, every hour for five minutes), band:0.05,
 * ww (Whalley–Wilmott, λ = 1e-4 per USD), zakamouline (γ = 1e-4), leland (as time, at Leland's vol).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class BacktestBenchmark {
    private static final double DAY = 1 / 365.0;

    @Param({"time", "band", "ww", "zakamouline", "leland"})
    public String policy;

    private BacktestSpec daily;
    private BacktestSpec fiveMinutes;

    @Setup
    public void setUp() {
        daily = spec(rule(DAY), 20 * DAY, DAY, 100_000);
        fiveMinutes = spec(rule(DAY / 24), 30 * DAY, DAY / 288, 20_000);
    }

    private HedgingRule rule(double interval) {
        return switch (policy) {
            case "time" -> HedgingRule.time(interval);
            case "band" -> HedgingRule.band(0.05);
            case "ww" -> HedgingRule.whalleyWilmott(1e-4);
            case "zakamouline" -> HedgingRule.zakamouline(1e-4);
            default -> HedgingRule.leland(interval);
        };
    }

    private static BacktestSpec spec(HedgingRule rule, double years, double monitor, int paths) {
        return new BacktestSpec(OptionType.CALL, true, 1, 95_000, 95_000, 0.5, 0.5, 0.0, 0.0, years, rule, monitor,
                0.0005, paths, 1);
    }

    @Benchmark
    public BacktestResult daily() {
        return Backtest.run(daily);
    }

    @Benchmark
    public BacktestResult fiveMinutes() {
        return Backtest.run(fiveMinutes);
    }
}
