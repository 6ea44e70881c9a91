package com.hedgeflow.bench;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.ImpliedVol;
import java.util.Random;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One implied-vol solve (target: 500 ns) over a mixed set of calls and puts, in and out of the money, cycled
 * so that every branch of the solver is taken in turn.
 * <ul>
 *   <li>{@code listed}: what a crypto chain lists: expiries from one hour to two years, vols 20% to 150%, strikes
 *       within about three standard deviations.</li>
 *   <li>{@code extreme}: the edges the solver promises to handle: one minute to three years, vols 1% to 500%,
 *       strikes up to eight standard deviations away.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImpliedVolBenchmark {
    private static final int OPTIONS = 512;
    private static final double ONE_MINUTE = 1.0 / 525_600;

    @Param({"listed", "extreme"})
    public String set;

    private final OptionType[] types = new OptionType[OPTIONS];
    private final double[] forwards = new double[OPTIONS];
    private final double[] strikes = new double[OPTIONS];
    private final double[] years = new double[OPTIONS];
    private final double[] dfs = new double[OPTIONS];
    private final double[] prices = new double[OPTIONS];
    private int cursor;

    @Setup
    public void generate() {
        boolean extreme = set.equals("extreme");
        Random random = new Random(20261126L);
        int i = 0;
        while (i < OPTIONS) {
            OptionType type = random.nextBoolean() ? OptionType.CALL : OptionType.PUT;
            double forward = 60_000 + 60_000 * random.nextDouble();
            double vol = extreme ? logUniform(random, 0.01, 5.0) : 0.2 + 1.3 * random.nextDouble();
            double t = extreme ? logUniform(random, ONE_MINUTE, 3.0) : logUniform(random, 1.0 / 8760, 2.0);
            double deviations = (2 * random.nextDouble() - 1) * (extreme ? 8 : 3);
            double strike = forward * Math.exp(deviations * vol * Math.sqrt(t));
            double df = Math.exp(-0.05 * random.nextDouble() * t);
            double price = Black76.price(type, forward, strike, vol, t, df);
            double intrinsic = df * Math.max(type == OptionType.CALL ? forward - strike : strike - forward, 0);
            if (!(price > intrinsic)) {
                continue;
            }
            types[i] = type;
            forwards[i] = forward;
            strikes[i] = strike;
            years[i] = t;
            dfs[i] = df;
            prices[i] = price;
            i++;
        }
    }

    private static double logUniform(Random random, double low, double high) {
        return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
    }

    @Benchmark
    public void impliedVol(Blackhole hole) {
        int i = cursor;
        cursor = (i + 1) & (OPTIONS - 1);
        hole.consume(ImpliedVol.of(types[i], forwards[i], strikes[i], years[i], dfs[i], prices[i]));
    }
}
