package com.hedgeflow.bench;

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
 * The engine takes a snapshot of the whole book every 100 ms; this is what one costs, for a book holding
 * every listed option of a chain plus a perpetual.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RiskSnapshotBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Param({"121", "1001"})
    int positions;

    private BookState book;

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
            Instant expiry = NOW.plus(Duration.ofDays(7 + 7L * (i / 200)));
            String name = "BTC-X" + (i / 200) + "-" + (long) strike + (type == OptionType.CALL ? "-C" : "-P");
            Instrument option = new Instrument("deribit", name, "BTC", InstrumentKind.OPTION, Settlement.INVERSE,
                    expiry, strike, type, 1, 0.0005, 0.1);
            instruments.add(option);
            held.add(new Position(option.key(), i % 3 == 0 ? -5 : 3, 0.01));
        }
        book.apply(new MarketEvent.InstrumentsLoaded("deribit", instruments), NOW);
        book.apply(new MarketEvent.IndexUpdated(new IndexPrice("deribit", "BTC", 95_000, NOW)), NOW);
        for (Instrument i : instruments) {
            book.apply(new MarketEvent.QuoteUpdated(new Quote(i.key(), NOW, Double.NaN, Double.NaN,
                    i.isOption() ? 0.02 : 95_010, i.isOption() ? 0.55 : Double.NaN, 95_100, 95_000, 100)), NOW);
        }
        book.apply(new MarketEvent.PositionsLoaded("deribit", held), NOW);
    }

    @Benchmark
    public RiskSnapshot snapshot() {
        return RiskCalculator.snapshot(book, NOW);
    }
}
