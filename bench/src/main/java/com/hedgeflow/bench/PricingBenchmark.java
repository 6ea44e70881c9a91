package com.hedgeflow.bench;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.BlackScholes;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Price and all nine greeks of one option (target: 100 ns), cycling through a few hundred pre-generated BTC-like
 * options so that neither the branch predictor nor the JIT sees one input over and over. Every input has a
 * non-zero rate, so Black-76 pays for the logarithm of the discount factor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PricingBenchmark {
    /** A power of two, so the cursor wraps with a mask. */
    private static final int OPTIONS = 512;

    private final OptionType[] types = new OptionType[OPTIONS];
    private final double[] underlyings = new double[OPTIONS];
    private final double[] strikes = new double[OPTIONS];
    private final double[] vols = new double[OPTIONS];
    private final double[] years = new double[OPTIONS];
    private final double[] rates = new double[OPTIONS];
    private final double[] dfs = new double[OPTIONS];
    private int cursor;

    @Setup
    public void generate() {
        Random random = new Random(20261126L);
        for (int i = 0; i < OPTIONS; i++) {
            types[i] = random.nextBoolean() ? OptionType.CALL : OptionType.PUT;
            underlyings[i] = 60_000 + 60_000 * random.nextDouble();
            vols[i] = 0.25 + 1.25 * random.nextDouble();
            years[i] = Math.exp(Math.log(1.0 / 365) + random.nextDouble() * Math.log(2 * 365.0));
            // Strikes up to about three standard deviations either side, as a listed chain spans.
            strikes[i] = underlyings[i] * Math.exp(1.5 * random.nextGaussian() * vols[i] * Math.sqrt(years[i]));
            rates[i] = 0.001 + 0.08 * random.nextDouble();
            dfs[i] = Math.exp(-rates[i] * years[i]);
        }
    }

    private int next() {
        int i = cursor;
        cursor = (i + 1) & (OPTIONS - 1);
        return i;
    }

    @Benchmark
    public void black76Greeks(Blackhole hole) {
        int i = next();
        hole.consume(Black76.greeks(types[i], underlyings[i], strikes[i], vols[i], years[i], dfs[i]));
    }

    @Benchmark
    public void blackScholesGreeks(Blackhole hole) {
        int i = next();
        hole.consume(BlackScholes.greeks(types[i], underlyings[i], strikes[i], vols[i], years[i], rates[i]));
    }

    /** For scale: the price alone. */
    @Benchmark
    public void black76Price(Blackhole hole) {
        int i = next();
        hole.consume(Black76.price(types[i], underlyings[i], strikes[i], vols[i], years[i], dfs[i]));
    }
}
