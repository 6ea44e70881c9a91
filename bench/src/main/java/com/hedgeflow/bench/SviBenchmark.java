package com.hedgeflow.bench;

import com.hedgeflow.engine.vol.DeltaConvention;
import com.hedgeflow.engine.vol.SmileMetrics;
import com.hedgeflow.engine.vol.Smile;
import com.hedgeflow.engine.vol.SmilePoint;
import com.hedgeflow.engine.vol.SviFit;
import com.hedgeflow.engine.vol.SviFitter;
import com.hedgeflow.engine.vol.SviParameters;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The skew screen refits every expiry's smile as quotes move; the requirement is one 40-strike fit in at most
 * 2 ms on one thread. The smile is BTC-like (50% at the money, 60–73% in the wings, put skew) with 0.3 vol
 * points of quote noise, so the optimiser does real work rather than landing on an exact answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class SviBenchmark {
    private static final double FORWARD = 95_000;

    /** Days to expiry: a 2-day weekly, a monthly and a half-year quarterly have very different smiles. */
    @Param({"2", "30", "180"})
    int days;

    @Param({"40"})
    int strikes;

    private final SviFitter fitter = new SviFitter();
    private Smile smile;
    private SviFit fit;

    @Setup
    public void buildSmile() {
        double years = days / 365.0;
        // Strikes span ±3.5 ATM standard deviations, so longer expiries list a wider range, as on Deribit.
        double atmVariance = 0.55 * 0.55 * years;
        SviParameters svi = new SviParameters(0.7 * atmVariance, 0.12 * Math.sqrt(years), -0.35, 0.01,
                0.5 * Math.sqrt(atmVariance));
        double half = 3.5 * Math.sqrt(atmVariance);
        Random random = new Random(20261127L);
        List<SmilePoint> points = new ArrayList<>();
        for (int i = 0; i < strikes; i++) {
            double k = -half + 2 * half * i / (strikes - 1);
            double vol = svi.impliedVol(k, years) + 0.003 * random.nextGaussian();
            points.add(SmilePoint.of(FORWARD * Math.exp(k), vol));
        }
        smile = new Smile(years, FORWARD, points);
        fit = fitter.fit(smile);
    }

    @Benchmark
    public SviFit fit() {
        return fitter.fit(smile);
    }

    /** ATM, RR25 and BF25 read off a finished fit (premium-adjusted, as for Deribit's coin options). */
    @Benchmark
    public SmileMetrics skewFromFit() {
        return SmileMetrics.of(fit.smile(), DeltaConvention.FORWARD_PREMIUM_ADJUSTED);
    }
}
