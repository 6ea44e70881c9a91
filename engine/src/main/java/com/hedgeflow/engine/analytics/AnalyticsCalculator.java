package com.hedgeflow.engine.analytics;

import com.hedgeflow.engine.analytics.SkewCalculator.ExpirySmile;
import com.hedgeflow.engine.exposure.ExpiryFilter;
import com.hedgeflow.engine.exposure.ExposureCalculator;
import com.hedgeflow.engine.exposure.HedgeFlowCalculator;
import com.hedgeflow.engine.exposure.OptionChain;
import com.hedgeflow.engine.exposure.OptionChainAssembler;
import com.hedgeflow.engine.exposure.SpotGrid;
import com.hedgeflow.engine.exposure.ZeroGammaFinder;
import com.hedgeflow.engine.market.BookState;
import com.hedgeflow.engine.market.IndexPrice;
import com.hedgeflow.engine.scenario.ScenarioGrid;
import com.hedgeflow.engine.scenario.ScenarioRevaluer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Market analytics in two steps, so that the slow one can leave the engine thread: {@link #inputs} reads the
 * book into immutable values (the chain and the smiles, cheap), {@link #compute(List)} revalues them
 * (milliseconds to tens of milliseconds for a full chain).
 */
public final class AnalyticsCalculator {
    private final AnalyticsSettings settings;
    private final SkewCalculator skew = new SkewCalculator();

    public AnalyticsCalculator(AnalyticsSettings settings) {
        this.settings = settings;
    }

    /** What one underlying's analytics need, detached from the mutable book. */
    public record Inputs(String underlying, Instant asOf, OptionChain chain, List<String> unpricedPositions,
                         List<ExpirySmile> smiles) {
        public Inputs {
            unpricedPositions = List.copyOf(unpricedPositions);
            smiles = List.copyOf(smiles);
        }
    }

    /** On the engine thread: one input per underlying with a usable index. */
    public static List<Inputs> inputs(BookState book, Instant now) {
        List<Inputs> all = new ArrayList<>();
        for (String underlying : book.indexedUnderlyings()) {
            IndexPrice index = book.index(underlying);
            if (index == null || !(index.price() > 0)) {
                continue;
            }
            OptionChainAssembler.Assembly assembly = OptionChainAssembler.assemble(underlying, index.price(), now,
                    book.instruments(), book::quote, book.positions());
            all.add(new Inputs(underlying, now, assembly.chain(), assembly.unpricedPositions(),
                    SkewCalculator.smiles(underlying, index.price(), now, book.instruments(), book::quote)));
        }
        return all;
    }

    /** Anywhere: the full revaluation. */
    public List<MarketAnalytics> compute(List<Inputs> inputs) {
        List<MarketAnalytics> all = new ArrayList<>(inputs.size());
        for (Inputs in : inputs) {
            all.add(compute(in));
        }
        return all;
    }

    /** Both steps at once, for callers that own the book (tests, benchmarks). */
    public List<MarketAnalytics> compute(BookState book, Instant now) {
        return compute(inputs(book, now));
    }

    private MarketAnalytics compute(Inputs in) {
        OptionChain chain = in.chain();
        ExpiryFilter everyExpiry = ExpiryFilter.all();
        ScenarioGrid grid = ScenarioGrid.defaults().withDynamics(settings.scenarioDynamics());
        return new MarketAnalytics(in.underlying(), in.asOf(),
                ExposureCalculator.report(chain, settings.positioning(), everyExpiry),
                ZeroGammaFinder.find(chain, settings.positioning(), everyExpiry, SpotGrid.zeroGammaDefault()),
                HedgeFlowCalculator.profile(chain, settings.positioning(), everyExpiry, SpotGrid.hedgeFlowDefault()),
                ScenarioRevaluer.revalue(chain, grid),
                ScenarioRevaluer.revalue(chain, grid.withRollDays(1)),
                skew.skew(in.smiles()),
                in.unpricedPositions());
    }
}
