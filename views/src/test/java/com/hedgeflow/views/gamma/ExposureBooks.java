package com.hedgeflow.views.gamma;

import com.hedgeflow.engine.analytics.ExpiryExposure;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.analytics.SkewReport;
import com.hedgeflow.engine.exposure.DealerPositioning;
import com.hedgeflow.engine.exposure.ExpiryFilter;
import com.hedgeflow.engine.exposure.ExposureCalculator;
import com.hedgeflow.engine.exposure.HedgeFlowCalculator;
import com.hedgeflow.engine.exposure.OptionChain;
import com.hedgeflow.engine.exposure.SpotGrid;
import com.hedgeflow.engine.exposure.ZeroGammaFinder;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.pricing.YearFraction;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.scenario.ScenarioGrid;
import com.hedgeflow.engine.scenario.ScenarioRevaluer;
import com.hedgeflow.views.Books;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Market analytics computed by the real engine calculators on small hand-made chains, so that the screens'
 * tests check what a trader would see for numbers the engine really produces.
 */
public final class ExposureBooks {

    public static final double SPOT = 100_000;
    public static final double YEARS = 0.1;
    public static final double VOL = 0.6;
    public static final double FAR_YEARS = 0.4;

    private ExposureBooks() {
    }

    /**
     * Dealers long 5,000 of the 105k call and short 5,000 of the 95k put (convention A), with a little open
     * interest elsewhere: the call wall is 105k, the put wall 95k, and total gamma flips between them. The desk
     * is long 10 of the 100k call, short 5 of the 95k put and short $200k of the inverse perpetual.
     */
    public static OptionChain strangle() {
        return OptionChain.builder("BTC", SPOT)
                .add(OptionType.PUT, 90_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 100, 0)
                .add(OptionType.PUT, 95_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 5_000, -5)
                .add(OptionType.PUT, 100_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 200, 0)
                .add(OptionType.CALL, 100_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 200, 10)
                .add(OptionType.CALL, 105_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 5_000, 0)
                .add(OptionType.CALL, 110_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 100, 0)
                .deltaOne(0, -200_000)
                .build();
    }

    /** Only calls and no own options: market gamma is long everywhere (no flip), the own book has none. */
    public static OptionChain callsOnly() {
        return OptionChain.builder("BTC", SPOT)
                .add(OptionType.CALL, 95_000, YEARS, 1, 0.5, Settlement.INVERSE, 1, 400, 0)
                .add(OptionType.CALL, 105_000, 0.3, 1, 0.55, Settlement.INVERSE, 1, 900, 0)
                .build();
    }

    /**
     * {@link #strangle()} expiring in {@link #YEARS} plus a later expiry ({@link #FAR_YEARS}) where dealers are
     * long 3,000 of the 120k call and short 3,000 of the 80k put and the desk is short 20 of the 110k call.
     */
    public static OptionChain twoExpiries() {
        return OptionChain.builder("BTC", SPOT)
                .add(OptionType.PUT, 90_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 100, 0)
                .add(OptionType.PUT, 95_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 5_000, -5)
                .add(OptionType.PUT, 100_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 200, 0)
                .add(OptionType.CALL, 100_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 200, 10)
                .add(OptionType.CALL, 105_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 5_000, 0)
                .add(OptionType.CALL, 110_000, YEARS, 1, VOL, Settlement.INVERSE, 1, 100, 0)
                .add(OptionType.PUT, 80_000, FAR_YEARS, 1, VOL, Settlement.INVERSE, 1, 3_000, 0)
                .add(OptionType.CALL, 110_000, FAR_YEARS, 1, VOL, Settlement.INVERSE, 1, 50, -20)
                .add(OptionType.CALL, 120_000, FAR_YEARS, 1, VOL, Settlement.INVERSE, 1, 3_000, 0)
                .build();
    }

    /**
     * The instant a years value of these chains stands for, counted from {@link Books#T0} whatever the analytics'
     * time: the hand-made chains do not age, and their expiries must stay the same instants from one run to the
     * next, as a real book's do.
     */
    public static Instant expiry(double years) {
        return Books.T0.plusSeconds(Math.round(years * YearFraction.SECONDS_PER_YEAR));
    }

    /** Every figure as the engine computes it, with each expiry's own report and profile. */
    public static MarketAnalytics analytics(OptionChain chain, Instant asOf) {
        List<ExpiryExposure> byExpiry = new ArrayList<>();
        for (double years : chain.expiryYears()) {
            ExpiryFilter only = ExpiryFilter.only(years);
            byExpiry.add(new ExpiryExposure(expiry(years), years,
                    ExposureCalculator.report(chain, DealerPositioning.DEFAULT, only),
                    ZeroGammaFinder.find(chain, DealerPositioning.DEFAULT, only, SpotGrid.zeroGammaDefault())));
        }
        return new MarketAnalytics(chain.underlying(), asOf, ExposureCalculator.report(chain),
                ZeroGammaFinder.find(chain), HedgeFlowCalculator.profile(chain),
                ScenarioRevaluer.revalue(chain, ScenarioGrid.defaults()),
                ScenarioRevaluer.revalue(chain, ScenarioGrid.defaults().withRollDays(1)),
                SkewReport.EMPTY, List.of(), byExpiry);
    }

    /** {@link Books#first()} with these analytics in it. */
    public static RiskSnapshot snapshot(MarketAnalytics... analytics) {
        RiskSnapshot s = Books.first();
        return new RiskSnapshot(s.timestamp(), s.sequence(), s.underlyings(), s.positions(), s.deltaBuckets(),
                s.feeds(), s.lastMessageAt(), List.of(analytics));
    }
}
