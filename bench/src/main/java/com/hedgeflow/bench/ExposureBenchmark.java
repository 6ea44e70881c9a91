package com.hedgeflow.bench;

import com.hedgeflow.engine.exposure.ExposureCalculator;
import com.hedgeflow.engine.exposure.ExposureReport;
import com.hedgeflow.engine.exposure.GammaProfile;
import com.hedgeflow.engine.exposure.HedgeFlowCalculator;
import com.hedgeflow.engine.exposure.HedgeFlowProfile;
import com.hedgeflow.engine.exposure.OptionChain;
import com.hedgeflow.engine.exposure.ZeroGammaFinder;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.scenario.ScenarioGrid;
import com.hedgeflow.engine.scenario.ScenarioMatrix;
import com.hedgeflow.engine.scenario.ScenarioRevaluer;
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
 * Exposure work on a Deribit-sized BTC chain: 10 expiries × 100 strikes × call and put = 2,000 options, a
 * skewed smile, open interest on every line and an own book on one line in eight plus a perpetual hedge.
 * {@code reRisk} is what each snapshot pays (greeks, totals, GEX per strike, walls); {@code zeroGammaSweep}
 * re-prices every option at 201 index levels (±25%) and refines the flip.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExposureBenchmark {
    private static final double SPOT = 95_000;

    @Param({"2000"})
    int options;

    private OptionChain chain;

    @Setup
    public void buildChain() {
        OptionChain.Builder b = OptionChain.builder("BTC", SPOT);
        int strikes = options / 20;
        for (int e = 0; e < 10; e++) {
            double years = (3 + 14.0 * e * e / 9) / 365.0; // 3 days out to about 5 months
            double ratio = 1 + 0.08 * years;                  // contango: the future over the index
            for (int k = 0; k < strikes; k++) {
                double strike = 50_000 + 1_000 * k;
                double m = Math.log(strike / (SPOT * ratio));
                double vol = 0.55 - 0.25 * m + 0.6 * m * m;   // put skew and wings
                for (int c = 0; c < 2; c++) {
                    OptionType type = c == 0 ? OptionType.CALL : OptionType.PUT;
                    double oi = 50 + ((k * 37 + e * 11 + c * 5) % 400);
                    int line = (e * strikes + k) * 2 + c;
                    double own = line % 8 == 0 ? (line % 16 == 0 ? 5 : -3) : 0;
                    b.add(type, strike, years, ratio, vol, Settlement.INVERSE, 1, oi, own);
                }
            }
        }
        chain = b.deltaOne(0, -2_000_000).build();
    }

    @Benchmark
    public ExposureReport reRisk() {
        return ExposureCalculator.report(chain);
    }

    @Benchmark
    public GammaProfile zeroGammaSweep() {
        return ZeroGammaFinder.find(chain);
    }

    @Benchmark
    public HedgeFlowProfile hedgeFlow41() {
        return HedgeFlowCalculator.profile(chain);
    }

    @Benchmark
    public ScenarioMatrix scenarioMatrix9x9() {
        return ScenarioRevaluer.revalue(chain, ScenarioGrid.defaults());
    }
}
