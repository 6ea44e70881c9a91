package com.hedgeflow.engine.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.InverseOption;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HedgeFlowTest {
    private static final double S = 100_000;

    /** The own book's delta re-priced from scratch: premium-adjusted inverse options, spot delta linear ones. */
    private static double ownDelta(OptionChain chain, double spot) {
        double sum = chain.linearDeltaOneCoin() + chain.inverseDeltaOneUsd() / spot;
        for (int i = 0; i < chain.size(); i++) {
            double f = spot * chain.forwardRatio(i);
            double d = Black76.delta(chain.type(i), f, chain.strikeUsd(i), chain.vol(i), chain.years(i), 1.0);
            if (chain.isInverse(i)) {
                double c = Black76.price(chain.type(i), f, chain.strikeUsd(i), chain.vol(i), chain.years(i), 1.0) / f;
                sum += chain.ownSizeCoin(i) * (d - c);
            } else {
                sum += chain.ownSizeCoin(i) * chain.forwardRatio(i) * d;
            }
        }
        return sum;
    }

    private static double dealerDelta(OptionChain chain, double spot) {
        double sum = 0;
        for (int i = 0; i < chain.size(); i++) {
            double ratio = chain.forwardRatio(i);
            sum += DealerPositioning.DEFAULT.sign(chain.type(i)) * chain.openInterestCoin(i) * ratio
                    * Black76.delta(chain.type(i), spot * ratio, chain.strikeUsd(i), chain.vol(i), chain.years(i), 1.0);
        }
        return sum;
    }

    private static OptionChain bookWithHedges() {
        return OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 100_000, 0.25, 1.01, 0.60, Settlement.INVERSE, 1, 500, 10)
                .add(OptionType.PUT, 90_000, 0.25, 1.01, 0.66, Settlement.INVERSE, 1, 1_200, -20)
                .add(OptionType.CALL, 120_000, 0.5, 1.02, 0.55, Settlement.LINEAR, 1, 700, 4)
                .deltaOne(1.5, -300_000)
                .build();
    }

    @Test
    void eachShiftForcesMinusTheChangeInRepricedDelta() {
        OptionChain chain = bookWithHedges();
        HedgeFlowProfile flow = HedgeFlowCalculator.profile(chain);

        assertEquals(41, flow.points());
        assertEquals(-0.20, flow.shift(0), 1e-15);
        assertEquals(0.20, flow.shift(40), 1e-15);
        assertEquals(ownDelta(chain, S), flow.ownDeltaCoin(), 1e-12);
        assertEquals(dealerDelta(chain, S), flow.marketDeltaCoin(), 1e-9);
        for (int j = 0; j < flow.points(); j++) {
            double moved = S * (1 + flow.shift(j));
            double own = -(ownDelta(chain, moved) - ownDelta(chain, S));
            double market = -(dealerDelta(chain, moved) - dealerDelta(chain, S));
            assertEquals(own, flow.ownHedgeCoin(j), 1e-10);
            assertEquals(market, flow.marketHedgeCoin(j), 1e-8);
            assertEquals(own * moved, flow.ownHedgeUsd(j), 1e-5);
            assertEquals(market * moved, flow.marketHedgeUsd(j), 1e-3);
        }
        assertEquals(0, flow.ownHedgeCoin(20));
        assertEquals(0, flow.marketHedgeCoin(20));
    }

    @Test
    void smallMovesForceMinusGexTimesTheMove() {
        OptionChain chain = StrikeGexTest.chain();
        ExposureReport r = ExposureCalculator.report(chain);
        HedgeFlowProfile flow = HedgeFlowCalculator.profile(chain, DealerPositioning.DEFAULT, ExpiryFilter.all(),
                SpotGrid.symmetric(0.001, 3));
        double movePct = 0.1;
        // Central difference cancels the second-order term, leaving −GEX (coin per 1%) × move in %.
        double slope = (flow.marketHedgeCoin(2) - flow.marketHedgeCoin(0)) / 2;
        assertEquals(-r.market().gexCoinPer1Pct() * movePct, slope, 5e-5 * Math.abs(slope));
        double slopeUsd = (flow.marketHedgeUsd(2) - flow.marketHedgeUsd(0)) / 2;
        assertEquals(-r.market().gexUsdPer1Pct() * movePct, slopeUsd, 5e-5 * Math.abs(slopeUsd));
        // One-sided, the curvature of delta in the index still shows at 0.1%, but only just.
        assertEquals(-r.market().gexUsdPer1Pct() * movePct, flow.marketHedgeUsd(2),
                1e-2 * Math.abs(flow.marketHedgeUsd(2)));
    }

    @Test
    void ownInverseOptionsFollowTheSlopeOfThePremiumAdjustedDelta() {
        // d/dS (Δ_F − C/F) with F = S·ratio is ratio·Γ_F − (Δ_F − C/F)/S.
        double ratio = 1.01;
        OptionChain chain = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 105_000, 0.2, ratio, 0.55, Settlement.INVERSE, 1, 0, 7).build();
        HedgeFlowProfile flow = HedgeFlowCalculator.profile(chain, DealerPositioning.DEFAULT, ExpiryFilter.all(),
                SpotGrid.symmetric(1e-4, 3));
        double f = S * ratio;
        double delta = Black76.delta(OptionType.CALL, f, 105_000, 0.55, 0.2, 1.0);
        double coin = InverseOption.priceCoin(OptionType.CALL, f, 105_000, 0.55, 0.2);
        double slope = ratio * Black76.gamma(f, 105_000, 0.55, 0.2, 1.0) - (delta - coin) / S;
        double dS = S * 1e-4;
        assertEquals(-7 * slope * dS, (flow.ownHedgeCoin(2) - flow.ownHedgeCoin(0)) / 2, 1e-6 * 7 * slope * dS);
    }

    @Test
    void anInversePerpetualAloneForcesHedgesAsItsCoinDeltaMoves() {
        OptionChain chain = OptionChain.builder("BTC", S).deltaOne(0, -1_000_000).build();
        HedgeFlowProfile flow = HedgeFlowCalculator.profile(chain);
        // Index up 10%: coin delta goes from −10 to −9.0909, so the desk must sell 0.909 BTC.
        assertEquals(-(-1_000_000 / 110_000.0 + 10), flow.ownHedgeCoin(30), 1e-12);
        assertEquals(0, flow.marketHedgeCoin(30));
    }

    @Property(tries = 50)
    void longGammaDealersTradeAgainstTheMove(@ForAll @DoubleRange(min = 0.6, max = 1.6) double moneyness,
                                            @ForAll @DoubleRange(min = 0.2, max = 1.2) double vol,
                                            @ForAll @DoubleRange(min = 0.02, max = 1.0) double years,
                                            @ForAll @IntRange(min = 0, max = 40) int point) {
        OptionChain calls = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, S * moneyness, years, 1, vol, Settlement.INVERSE, 1, 1_000, 0).build();
        HedgeFlowProfile flow = HedgeFlowCalculator.profile(calls);
        double shift = flow.shift(point);
        double hedge = flow.marketHedgeCoin(point);
        // Long calls gain delta as the index rises, so the hedge is a sale, and a purchase on the way down.
        assertTrue(shift == 0 ? hedge == 0 : Math.signum(hedge) != Math.signum(shift) || hedge == 0);
    }
}
