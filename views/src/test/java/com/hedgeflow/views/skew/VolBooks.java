package com.hedgeflow.views.skew;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.analytics.SkewCalculator;
import com.hedgeflow.engine.analytics.SkewCalculator.ExpirySmile;
import com.hedgeflow.engine.analytics.SkewReport;
import com.hedgeflow.engine.exposure.ExposureCalculator;
import com.hedgeflow.engine.exposure.HedgeFlowCalculator;
import com.hedgeflow.engine.exposure.OptionChain;
import com.hedgeflow.engine.exposure.ZeroGammaFinder;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.pricing.YearFraction;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.scenario.ScenarioGrid;
import com.hedgeflow.engine.scenario.ScenarioRevaluer;
import com.hedgeflow.engine.vol.Smile;
import com.hedgeflow.engine.vol.SmilePoint;
import com.hedgeflow.engine.vol.SviParameters;
import com.hedgeflow.views.Books;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Analytics for the vol screens' tests, computed by the engine's own calculators from hand-made inputs: smiles
 * generated from known SVI slices and fitted by the real {@link SkewCalculator}, and a four-option BTC book
 * revalued by the real scenario, exposure, zero-gamma and hedge-flow calculators.
 */
public final class VolBooks {

    public static final Instant T0 = Books.T0;
    public static final double FORWARD = Books.INDEX;

    /** Clean, about a week: 6.7 days to go. */
    public static final Instant WEEKLY = Instant.parse("2025-05-09T08:00:00Z");
    /** Three quotes only: too few for SVI, and the 25-delta strikes lie outside them. */
    public static final Instant THIN = Instant.parse("2025-05-16T08:00:00Z");
    /** Quotes jittered by ±2.5 vol points around a clean slice: a poor fit. */
    public static final Instant NOISY = Instant.parse("2025-05-30T08:00:00Z");
    /** Clean, about two months. */
    public static final Instant QUARTERLY = Instant.parse("2025-06-27T08:00:00Z");
    /**
     * Gatheral and Jacquier's arbitrageable slice (negative density near k = 0.88), about a year out: also below
     * the shorter expiries' variance, so the calendar check fails too.
     */
    public static final Instant YEARLY = Instant.parse("2026-04-24T08:00:00Z");

    public static final SviParameters ARBITRAGE = new SviParameters(-0.0410, 0.1331, 0.3060, 0.3586, 0.4153);

    private VolBooks() {
    }

    /** A BTC-like slice for an expiry {@code years} away: ATM vol {@code atmVol}, put skew, mild curvature. */
    public static SviParameters slice(double atmVol, double years) {
        double b = 0.12 * Math.sqrt(years);
        double sigma = 0.15;
        return new SviParameters(atmVol * atmVol * years - b * sigma, b, -0.35, 0.0, sigma);
    }

    /** Strikes even in log-moneyness over {@code [kFrom, kTo]}, vols on the slice plus {@code jitter} alternating. */
    public static Smile smile(Instant expiry, SviParameters svi, double kFrom, double kTo, int count, double jitter) {
        double years = YearFraction.between(T0, expiry);
        List<SmilePoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double k = count == 1 ? kFrom : kFrom + (kTo - kFrom) * i / (count - 1);
            double vol = svi.impliedVol(k, years) + (i % 2 == 0 ? jitter : -jitter);
            points.add(SmilePoint.of(FORWARD * Math.exp(k), vol));
        }
        return Smile.of(T0, expiry, FORWARD, points);
    }

    /** Five expiries: two clean, one poor fit, one with too few quotes, one with butterfly arbitrage. */
    public static SkewReport mixedSkew() {
        return new SkewCalculator().skew(List.of(
                new ExpirySmile(WEEKLY, smile(WEEKLY, slice(0.55, years(WEEKLY)), -0.5, 0.45, 21, 0)),
                new ExpirySmile(THIN, smile(THIN, slice(0.56, years(THIN)), -0.02, 0.02, 3, 0)),
                new ExpirySmile(NOISY, smile(NOISY, slice(0.57, years(NOISY)), -0.5, 0.45, 21, 0.025)),
                new ExpirySmile(QUARTERLY, smile(QUARTERLY, slice(0.58, years(QUARTERLY)), -0.5, 0.45, 21, 0)),
                new ExpirySmile(YEARLY, smile(YEARLY, ARBITRAGE, -1.5, 1.5, 40, 0))));
    }

    /** Two clean expiries whose variance rises with time: no calendar arbitrage. */
    public static SkewReport cleanSkew() {
        return new SkewCalculator().skew(List.of(
                new ExpirySmile(WEEKLY, smile(WEEKLY, slice(0.55, years(WEEKLY)), -0.5, 0.45, 21, 0)),
                new ExpirySmile(QUARTERLY, smile(QUARTERLY, slice(0.58, years(QUARTERLY)), -0.5, 0.45, 21, 0))));
    }

    /** Long the 60k call and short the 50k put on the weekly, a call spread on the quarterly, short perpetual. */
    public static OptionChain chain() {
        double weekly = years(WEEKLY);
        double quarterly = years(QUARTERLY);
        return OptionChain.builder("BTC", FORWARD)
                .add(OptionType.PUT, 50_000, weekly, 1.0, 0.66, Settlement.INVERSE, 1, 500, -10)
                .add(OptionType.CALL, 60_000, weekly, 1.0, 0.55, Settlement.INVERSE, 1, 800, 12)
                .add(OptionType.CALL, 60_000, quarterly, 1.004, 0.58, Settlement.INVERSE, 1, 600, 5)
                .add(OptionType.CALL, 70_000, quarterly, 1.004, 0.56, Settlement.INVERSE, 1, 400, -5)
                .deltaOne(0, -150_000)
                .build();
    }

    public static MarketAnalytics analytics(Instant asOf, SkewReport skew) {
        OptionChain chain = chain();
        ScenarioGrid grid = ScenarioGrid.defaults();
        return new MarketAnalytics("BTC", asOf, ExposureCalculator.report(chain), ZeroGammaFinder.find(chain),
                HedgeFlowCalculator.profile(chain), ScenarioRevaluer.revalue(chain, grid),
                ScenarioRevaluer.revalue(chain, grid.withRollDays(1)), skew, List.of(), List.of());
    }

    /** {@link Books#first()} carrying the given analytics. */
    public static RiskSnapshot snapshot(MarketAnalytics... analytics) {
        RiskSnapshot s = Books.first();
        return new RiskSnapshot(s.timestamp(), s.sequence(), s.underlyings(), s.positions(), s.deltaBuckets(),
                s.feeds(), s.lastMessageAt(), List.of(analytics));
    }

    public static double years(Instant expiry) {
        return YearFraction.between(T0, expiry);
    }
}
