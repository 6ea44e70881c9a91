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
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.pricing.YearFraction;
import com.hedgeflow.engine.scenario.ScenarioGrid;
import com.hedgeflow.engine.scenario.ScenarioRevaluer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Market analytics in two steps, so that the slow one can leave the engine thread: {@link #inputs} reads the
 * book into immutable values (the chain and the smiles, cheap), {@link #compute(List)} revalues them
 * (milliseconds to tens of milliseconds for a full chain).
 */
public final class AnalyticsCalculator {
    /** Half a millisecond in years, as {@link ExpiryFilter#only(double)} matches one expiry. */
    private static final double SAME_EXPIRY_YEARS = 1.6e-11;

    private final AnalyticsSettings settings;
    private final SkewCalculator skew = new SkewCalculator();

    public AnalyticsCalculator(AnalyticsSettings settings) {
        this.settings = settings;
    }

    /**
     * What one underlying's analytics need, detached from the mutable book.
     *
     * @param expiries every listed option expiry of the underlying, ascending; the chain holds them only as years
     *                 from {@code asOf}, so these name its expiries again
     */
    public record Inputs(String underlying, Instant asOf, OptionChain chain, List<String> unpricedPositions,
                         List<ExpirySmile> smiles, List<Instant> expiries) {
        public Inputs {
            unpricedPositions = List.copyOf(unpricedPositions);
            smiles = List.copyOf(smiles);
            expiries = List.copyOf(expiries);
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
                    SkewCalculator.smiles(underlying, index.price(), now, book.instruments(), book::quote),
                    optionExpiries(underlying, book.instruments())));
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
                in.unpricedPositions(),
                byExpiry(in));
    }

    /**
     * Each unexpired expiry alone: a report and a zero-gamma sweep filtered to its options (the gamma kernel
     * drops the other options once, so a sweep costs what that expiry's options cost). Expired ones carry no
     * gamma and are left out.
     */
    private List<ExpiryExposure> byExpiry(Inputs in) {
        OptionChain chain = in.chain();
        double[] years = chain.expiryYears();
        List<ExpiryExposure> all = new ArrayList<>(years.length);
        for (double y : years) {
            if (!(y > 0)) {
                continue;
            }
            ExpiryFilter only = ExpiryFilter.only(y);
            all.add(new ExpiryExposure(expiryAt(in, y), y,
                    ExposureCalculator.report(chain, settings.positioning(), only),
                    ZeroGammaFinder.find(chain, settings.positioning(), only, SpotGrid.zeroGammaDefault())));
        }
        return all;
    }

    /**
     * The listed expiry the chain's years value stands for: the assembler computed it with
     * {@link YearFraction#between} from the same instant, so the match is exact up to rounding. A chain built
     * without the book (no listed expiries) gets the instant back from the years, to the millisecond.
     */
    static Instant expiryAt(Inputs in, double years) {
        Instant best = null;
        double bestGap = Double.POSITIVE_INFINITY;
        for (Instant e : in.expiries()) {
            double gap = Math.abs(YearFraction.between(in.asOf(), e) - years);
            if (gap < bestGap) {
                bestGap = gap;
                best = e;
            }
        }
        if (best != null && bestGap <= SAME_EXPIRY_YEARS) {
            return best;
        }
        return in.asOf().plusMillis(Math.round(years * YearFraction.SECONDS_PER_YEAR * 1000));
    }

    /** Distinct option expiries of one underlying, ascending. */
    private static List<Instant> optionExpiries(String underlying, Collection<Instrument> instruments) {
        TreeSet<Instant> expiries = new TreeSet<>();
        for (Instrument inst : instruments) {
            if (inst.isOption() && inst.underlying().equals(underlying) && inst.expiry() != null) {
                expiries.add(inst.expiry());
            }
        }
        return new ArrayList<>(expiries);
    }
}
