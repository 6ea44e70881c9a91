package com.hedgeflow.bench;

import com.hedgeflow.engine.analytics.AnalyticsCalculator;
import com.hedgeflow.engine.analytics.AnalyticsSettings;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.market.BookState;
import com.hedgeflow.engine.market.IndexPrice;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.risk.RiskCalculator;
import com.hedgeflow.engine.risk.RiskSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * What the engine thread spends: a book snapshot every 100 ms (delta, greeks, buckets of every position) and,
 * once a second, the market analytics of the whole chain (exposures, zero-gamma sweep, hedge flow, two scenario
 * grids, an SVI fit per expiry). The book holds every listed option of the chain plus a perpetual; every
 * option has open interest and a skewed smile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RiskSnapshotBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Param({"121", "2001"})
    int positions;

    private BookState book;
    private final AnalyticsCalculator analytics = new AnalyticsCalculator(AnalyticsSettings.DEFAULT);

    @Setup
    public void buildBook() {
        book = new BookState();
        List<Instrument> instruments = new ArrayList<>();
        List<Position> held = new ArrayList<>();
        Instrument perp = new Instrument("deribit", "BTC-PERPETUAL", "BTC", InstrumentKind.PERPETUAL,
                Settlement.INVERSE, null, Double.NaN, null, 10, 0.5, 10);
        instruments.add(perp);
        held.add(new Position(perp.key(), -1_000_000, 95_000));
        int options = positions - 1;
        for (int i = 0; i < options; i++) {
            OptionType type = i % 2 == 0 ? OptionType.CALL : OptionType.PUT;
            double strike = 50_000 + 1_000 * (i / 2 % 100);
            Instant expiry = NOW.plus(Duration.ofDays(7 + 14L * (i / 200)));
            String name = "BTC-X" + (i / 200) + "-" + (long) strike + (type == OptionType.CALL ? "-C" : "-P");
            Instrument option = new Instrument("deribit", name, "BTC", InstrumentKind.OPTION, Settlement.INVERSE,
                    expiry, strike, type, 1, 0.0005, 0.1);
            instruments.add(option);
            held.add(new Position(option.key(), i % 3 == 0 ? -5 : 3, 0.01));
        }
        book.apply(new MarketEvent.InstrumentsLoaded("deribit", instruments), NOW);
        book.apply(new MarketEvent.IndexUpdated(new IndexPrice("deribit", "BTC", 95_000, NOW)), NOW);
        for (Instrument i : instruments) {
            double vol = i.isOption() ? 0.55 - 0.25 * Math.log(i.strike() / 95_000) : Double.NaN;
            book.apply(new MarketEvent.QuoteUpdated(new Quote(i.key(), NOW, Double.NaN, Double.NaN,
                    i.isOption() ? 0.02 : 95_010, vol, 95_100, 95_000, 100)), NOW);
        }
        book.apply(new MarketEvent.PositionsLoaded("deribit", held), NOW);
    }

    @Benchmark
    public RiskSnapshot snapshot() {
        return RiskCalculator.snapshot(book, NOW);
    }

    /** The engine thread's share of the analytics: copying the chain and smiles out of the book. */
    @Benchmark
    public List<AnalyticsCalculator.Inputs> analyticsInputs() {
        return AnalyticsCalculator.inputs(book, NOW);
    }

    /** Inputs plus the full revaluation, which runs on the analytics thread. */
    @Benchmark
    public List<MarketAnalytics> analytics() {
        return analytics.compute(book, NOW);
    }
}
