package com.hedgeflow.engine.analytics;

import com.hedgeflow.engine.exposure.ExpiryFilter;
import com.hedgeflow.engine.exposure.ExposureCalculator;
import com.hedgeflow.engine.exposure.HedgeFlowCalculator;
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

/** Builds {@link MarketAnalytics} for every underlying with an index, from the book as it is now. */
public final class AnalyticsCalculator {
    private final AnalyticsSettings settings;
    private final SkewCalculator skew = new SkewCalculator();

    public AnalyticsCalculator(AnalyticsSettings settings) {
        this.settings = settings;
    }

    public List<MarketAnalytics> compute(BookState book, Instant now) {
        List<MarketAnalytics> all = new ArrayList<>();
        for (String underlying : book.indexedUnderlyings()) {
            IndexPrice index = book.index(underlying);
            if (index == null || !(index.price() > 0)) {
                continue;
            }
            all.add(compute(book, underlying, index.price(), now));
        }
        return all;
    }

    private MarketAnalytics compute(BookState book, String underlying, double indexUsd, Instant now) {
        OptionChainAssembler.Assembly assembly = OptionChainAssembler.assemble(underlying, indexUsd, now,
                book.instruments(), book::quote, book.positions());
        var chain = assembly.chain();
        var everyExpiry = ExpiryFilter.all();
        ScenarioGrid grid = ScenarioGrid.defaults().withDynamics(settings.scenarioDynamics());
        return new MarketAnalytics(underlying, now,
                ExposureCalculator.report(chain, settings.positioning(), everyExpiry),
                ZeroGammaFinder.find(chain, settings.positioning(), everyExpiry, SpotGrid.zeroGammaDefault()),
                HedgeFlowCalculator.profile(chain, settings.positioning(), everyExpiry, SpotGrid.hedgeFlowDefault()),
                ScenarioRevaluer.revalue(chain, grid),
                ScenarioRevaluer.revalue(chain, grid.withRollDays(1)),
                skew.skew(underlying, indexUsd, now, book.instruments(), book::quote),
                assembly.unpricedPositions());
    }
}
