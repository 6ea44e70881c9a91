package com.hedgeflow.engine.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.pricing.Black76;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * Dealers long calls at K2 and short puts at K1 in equal size, one expiry and vol: total gamma is
 * {@code Γ(K2) − Γ(K1)}, zero where φ(d1(K2)) = φ(d1(K1)), i.e. {@code d1(K2) = −d1(K1)}, which solves to the
 * forward {@code F* = √(K1·K2)·e^(−σ²τ/2)}. Below it the puts dominate (negative), above it the calls.
 */
class ZeroGammaTest {
    private static final double S = 100_000;

    private static OptionChain strangle(double k1, double k2, double vol, double years, double ratio) {
        return OptionChain.builder("BTC", S)
                .add(OptionType.PUT, k1, years, ratio, vol, Settlement.INVERSE, 1, 1_000, -1_000)
                .add(OptionType.CALL, k2, years, ratio, vol, Settlement.INVERSE, 1, 1_000, 1_000)
                .build();
    }

    private static double flipForward(double k1, double k2, double vol, double years) {
        return Math.sqrt(k1 * k2) * Math.exp(-0.5 * vol * vol * years);
    }

    @Test
    void flipSitsWhereTheTwoGammasMatch() {
        GammaProfile p = ZeroGammaFinder.find(strangle(90_000, 110_000, 0.6, 0.1, 1.0));
        double expected = flipForward(90_000, 110_000, 0.6, 0.1);

        assertEquals(FlipStatus.FOUND, p.marketFlip().status());
        assertEquals(expected, p.marketFlip().levelUsd().getAsDouble(), 1e-6 * expected);
        assertEquals(1, p.marketFlip().crossingsUsd().length);
        // The own book holds the same signed sizes, so it flips at the same place.
        assertEquals(expected, p.ownFlip().levelUsd().getAsDouble(), 1e-6 * expected);
        for (int j = 0; j < p.points(); j++) {
            double g = p.marketGexUsdPer1Pct(j);
            if (p.spotUsd(j) < expected * 0.999) {
                assertTrue(g < 0, "short put gamma dominates below the flip");
            } else if (p.spotUsd(j) > expected * 1.001) {
                assertTrue(g > 0, "long call gamma dominates above the flip");
            }
        }
    }

    @Test
    void flipOnTheIndexScaleDividesOutTheForwardRatio() {
        double ratio = 1.02;
        GammaProfile p = ZeroGammaFinder.find(strangle(90_000, 110_000, 0.6, 0.1, ratio));
        double expected = flipForward(90_000, 110_000, 0.6, 0.1) / ratio;
        assertEquals(expected, p.marketFlip().levelUsd().getAsDouble(), 1e-6 * expected);
    }

    @Test
    void aGridThatStopsShortOfTheFlipSaysSo() {
        // The flip is near 99,000; a grid from +1% to +25% never crosses it.
        GammaProfile p = ZeroGammaFinder.find(strangle(90_000, 110_000, 0.6, 0.1, 1.0), DealerPositioning.DEFAULT,
                ExpiryFilter.all(), new SpotGrid(0.01, 0.25, 49));
        assertEquals(FlipStatus.NONE_IN_RANGE, p.marketFlip().status());
        assertTrue(p.marketFlip().levelUsd().isEmpty());
        assertEquals(0, p.marketFlip().crossingsUsd().length);
    }

    @Test
    void onlyLongGammaNeverFlips() {
        OptionChain calls = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 95_000, 0.1, 1, 0.5, Settlement.INVERSE, 1, 400, 0)
                .add(OptionType.CALL, 105_000, 0.3, 1, 0.55, Settlement.INVERSE, 1, 900, 0)
                .build();
        GammaProfile p = ZeroGammaFinder.find(calls);
        assertEquals(FlipStatus.NONE_IN_RANGE, p.marketFlip().status());
        assertEquals(FlipStatus.NO_GAMMA, p.ownFlip().status());
        for (int j = 0; j < p.points(); j++) {
            assertTrue(p.marketGexUsdPer1Pct(j) > 0);
        }
    }

    @Test
    void expiredOrEmptyChainHasNoGamma() {
        OptionChain expired = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 95_000, 0.0, 1, 0.5, Settlement.INVERSE, 1, 400, 2).build();
        GammaProfile p = ZeroGammaFinder.find(expired);
        assertEquals(FlipStatus.NO_GAMMA, p.marketFlip().status());
        assertEquals(FlipStatus.NO_GAMMA, p.ownFlip().status());
        assertEquals(FlipStatus.NO_GAMMA, ZeroGammaFinder.find(OptionChain.builder("BTC", S).build())
                .marketFlip().status());
    }

    @Test
    void everyGridPointIsAFullRepricingOfGamma() {
        OptionChain chain = StrikeGexTest.chain();
        SpotGrid grid = SpotGrid.symmetric(0.25, 21);
        GammaProfile p = ZeroGammaFinder.find(chain, DealerPositioning.DEFAULT, ExpiryFilter.all(), grid);
        for (int j = 0; j < grid.points(); j++) {
            double moved = grid.spotAt(j, S);
            assertEquals(moved, p.spotUsd(j), 1e-9);
            double market = 0;
            double own = 0;
            for (int i = 0; i < chain.size(); i++) {
                double ratio = chain.forwardRatio(i);
                double gammaSpot = Black76.gamma(moved * ratio, chain.strikeUsd(i), chain.vol(i), chain.years(i),
                        1.0) * ratio * ratio;
                double dollar = gammaSpot * moved * moved * 0.01;
                market += DealerPositioning.DEFAULT.sign(chain.type(i)) * chain.openInterestCoin(i) * dollar;
                own += chain.ownSizeCoin(i) * dollar;
            }
            assertEquals(market, p.marketGexUsdPer1Pct(j), 1e-9 * Math.abs(market) + 1e-6);
            assertEquals(own, p.ownGexUsdPer1Pct(j), 1e-9 * Math.abs(own) + 1e-6);
        }
        // At the index itself the sweep agrees with the re-risk.
        ExposureReport r = ExposureCalculator.report(chain);
        assertEquals(r.market().gexUsdPer1Pct(), p.marketGexUsdPer1Pct(10), 1e-9 * Math.abs(r.market().gexUsdPer1Pct()));
    }

    @Test
    void aChainThatFlipsTwiceReportsBothAndTheNearestAsTheLevel() {
        // Dealers short puts at 80k and 125k around long at-the-money calls: negative, positive, negative.
        OptionChain chain = OptionChain.builder("BTC", S)
                .add(OptionType.PUT, 80_000, 0.1, 1, 0.5, Settlement.INVERSE, 1, 1_000, 0)
                .add(OptionType.CALL, 100_000, 0.1, 1, 0.5, Settlement.INVERSE, 1, 1_000, 0)
                .add(OptionType.PUT, 125_000, 0.1, 1, 0.5, Settlement.INVERSE, 1, 1_000, 0)
                .build();
        GammaProfile p = ZeroGammaFinder.find(chain);
        double[] crossings = p.marketFlip().crossingsUsd();

        assertEquals(2, crossings.length);
        assertTrue(crossings[0] < S && S < crossings[1]);
        double nearest = Math.abs(crossings[0] - S) < Math.abs(crossings[1] - S) ? crossings[0] : crossings[1];
        assertEquals(nearest, p.marketFlip().levelUsd().getAsDouble());
        double scale = Math.abs(p.marketGexUsdPer1Pct(100));
        for (double c : crossings) {
            assertEquals(0, bruteForceMarketGex(chain, c), 1e-9 * scale);
        }
    }

    @Test
    void gammaThatUnderflowsFarFromTheIndexIsNotAFlip() {
        // Ten minutes from expiry, gamma 25% away is exactly 0.0 in double precision: many zero grid points.
        double tenMinutes = 10 / (365.0 * 24 * 60);
        OptionChain expiring = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 100_000, tenMinutes, 1, 0.5, Settlement.INVERSE, 1, 500, 0).build();
        GammaProfile p = ZeroGammaFinder.find(expiring);
        assertEquals(0.0, p.marketGexUsdPer1Pct(0));
        assertEquals(FlipStatus.NONE_IN_RANGE, p.marketFlip().status());

        // With short puts below and long calls above, the flip lies in the band where both have underflowed.
        OptionChain split = OptionChain.builder("BTC", S)
                .add(OptionType.PUT, 90_000, tenMinutes, 1, 0.5, Settlement.INVERSE, 1, 500, 0)
                .add(OptionType.CALL, 110_000, tenMinutes, 1, 0.5, Settlement.INVERSE, 1, 500, 0).build();
        GammaProfile q = ZeroGammaFinder.find(split);
        assertEquals(FlipStatus.FOUND, q.marketFlip().status());
        assertEquals(1, q.marketFlip().crossingsUsd().length);
        double level = q.marketFlip().levelUsd().getAsDouble();
        assertTrue(level > 90_000 && level < 110_000);
    }

    private static double bruteForceMarketGex(OptionChain chain, double spot) {
        double sum = 0;
        for (int i = 0; i < chain.size(); i++) {
            double ratio = chain.forwardRatio(i);
            double gamma = Black76.gamma(spot * ratio, chain.strikeUsd(i), chain.vol(i), chain.years(i), 1.0)
                    * ratio * ratio;
            sum += DealerPositioning.DEFAULT.sign(chain.type(i)) * chain.openInterestCoin(i) * gamma * spot * spot
                    * 0.01;
        }
        return sum;
    }

    @Property(tries = 60)
    void flipMatchesTheClosedFormWheneverItIsInRange(@ForAll @DoubleRange(min = 0.70, max = 0.97) double low,
                                                     @ForAll @DoubleRange(min = 1.03, max = 1.30) double high,
                                                     @ForAll @DoubleRange(min = 0.2, max = 1.2) double vol,
                                                     @ForAll @DoubleRange(min = 0.02, max = 1.0) double years) {
        double k1 = S * low;
        double k2 = S * high;
        double expected = flipForward(k1, k2, vol, years);
        GammaProfile p = ZeroGammaFinder.find(strangle(k1, k2, vol, years, 1.0));
        if (expected > S * 0.75 && expected < S * 1.25) {
            assertEquals(FlipStatus.FOUND, p.marketFlip().status());
            assertEquals(expected, p.marketFlip().levelUsd().getAsDouble(), 1e-6 * expected);
        } else {
            assertEquals(FlipStatus.NONE_IN_RANGE, p.marketFlip().status());
        }
    }
}
