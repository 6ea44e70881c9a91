package com.hedgeflow.engine.exposure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import org.junit.jupiter.api.Test;

/**
 * A five-option chain whose GEX per strike is worked out here from Γ = φ(d1)/(Fσ√τ), scaled to the index
 * (×ratio²) and to USD per 1% (×S²·0.01), with the default positioning (calls +, puts −).
 */
class StrikeGexTest {
    static final double S = 100_000;
    static final double RATIO = 1.01;
    static final double T1 = 0.25;
    static final double T2 = 0.5;

    static OptionChain chain() {
        return OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 100_000, T1, RATIO, 0.60, Settlement.INVERSE, 1, 500, 10)
                .add(OptionType.PUT, 100_000, T1, RATIO, 0.62, Settlement.INVERSE, 1, 300, -5)
                .add(OptionType.CALL, 110_000, T1, RATIO, 0.58, Settlement.INVERSE, 1, 800, 0)
                .add(OptionType.PUT, 90_000, T1, RATIO, 0.66, Settlement.LINEAR, 1, 1_200, -20)
                .add(OptionType.CALL, 100_000, T2, 1.02, 0.65, Settlement.LINEAR, 0.1, 2_000, 3)
                .build();
    }

    /** USD per 1% for {@code coin} of notional. */
    static double gex(double coin, double ratio, double strike, double vol, double years) {
        return coin * ClosedForm.gammaSpot(S, ratio, strike, vol, years) * S * S * 0.01;
    }

    @Test
    void perStrikeGexMatchesTheClosedForm() {
        ExposureReport r = ExposureCalculator.report(chain());
        StrikeGex g = r.strikes();

        assertArrayEquals(new double[] {90_000, 100_000, 110_000}, g.strikesUsd());
        double call100 = gex(500, RATIO, 100_000, 0.60, T1) + gex(2_000 * 0.1, 1.02, 100_000, 0.65, T2);
        double put100 = -gex(300, RATIO, 100_000, 0.62, T1);
        double call110 = gex(800, RATIO, 110_000, 0.58, T1);
        double put90 = -gex(1_200, RATIO, 90_000, 0.66, T1);

        assertEquals(0, g.callGexMarketUsd(0));
        assertEquals(put90, g.putGexMarketUsd(0), 1e-9 * Math.abs(put90));
        assertEquals(call100, g.callGexMarketUsd(1), 1e-9 * call100);
        assertEquals(put100, g.putGexMarketUsd(1), 1e-9 * Math.abs(put100));
        assertEquals(call100 + put100, g.netGexMarketUsd(1), 1e-9 * call100);
        assertEquals(call100 - put100, g.grossGexMarketUsd(1), 1e-9 * call100);
        assertEquals(call110, g.callGexMarketUsd(2), 1e-9 * call110);
        assertEquals(0, g.putGexMarketUsd(2));

        double own100 = gex(10, RATIO, 100_000, 0.60, T1) + gex(-5, RATIO, 100_000, 0.62, T1)
                + gex(3, 1.02, 100_000, 0.65, T2);
        assertEquals(gex(-20, RATIO, 90_000, 0.66, T1), g.gexOwnUsd(0), 1e-9 * Math.abs(g.gexOwnUsd(0)));
        assertEquals(own100, g.gexOwnUsd(1), 1e-9 * Math.abs(own100));
        assertEquals(0, g.gexOwnUsd(2));

        double total = put90 + call100 + put100 + call110;
        assertEquals(total, r.market().gexUsdPer1Pct(), 1e-9 * Math.abs(total));
        assertEquals(total / S, r.market().gexCoinPer1Pct(), 1e-9 * Math.abs(total / S));
        double ownTotal = own100 + g.gexOwnUsd(0);
        assertEquals(ownTotal, r.own().gexUsdPer1Pct(), 1e-9 * Math.abs(ownTotal));
    }

    @Test
    void oneExpiryLeavesTheOthersOut() {
        ExposureReport r = ExposureCalculator.report(chain(), DealerPositioning.DEFAULT, ExpiryFilter.only(T2));
        StrikeGex g = r.strikes();
        assertArrayEquals(new double[] {100_000}, g.strikesUsd());
        double call = gex(200, 1.02, 100_000, 0.65, T2);
        assertEquals(call, g.callGexMarketUsd(0), 1e-9 * call);
        assertEquals(call, r.market().gexUsdPer1Pct(), 1e-9 * call);
        assertEquals(gex(3, 1.02, 100_000, 0.65, T2), r.own().gexUsdPer1Pct(), 1e-9 * call);

        ExposureReport front = ExposureCalculator.report(chain(), DealerPositioning.DEFAULT, ExpiryFilter.upTo(T1));
        assertArrayEquals(new double[] {90_000, 100_000, 110_000}, front.strikes().strikesUsd());
        assertEquals(gex(500, RATIO, 100_000, 0.60, T1), front.strikes().callGexMarketUsd(1), 1e-6);
    }

    @Test
    void gammaIsTakenAgainstTheIndexNotTheForward() {
        // The slope of the spot delta, by central difference in the index, is the gamma used for GEX.
        double h = S * 1e-5;
        double up = OptionValuation.spotDelta(OptionType.CALL, S + h, RATIO, 110_000, 0.58, T1);
        double down = OptionValuation.spotDelta(OptionType.CALL, S - h, RATIO, 110_000, 0.58, T1);
        ChainGreeks greeks = ChainGreeks.of(chain());
        assertEquals((up - down) / (2 * h), greeks.spotGamma(2), 1e-7 * greeks.spotGamma(2));
        assertEquals(ClosedForm.gammaForward(S * RATIO, 110_000, 0.58, T1) * RATIO * RATIO, greeks.spotGamma(2),
                1e-12 * greeks.spotGamma(2));
    }

    @Test
    void gexScalesWithTheSquareOfTheIndexAtFixedGammaShape() {
        // Moving the index with strikes moved alike leaves Γ·S constant, so GEX must grow like S.
        OptionChain a = OptionChain.builder("BTC", 50_000)
                .add(OptionType.CALL, 50_000, T1, 1, 0.6, Settlement.INVERSE, 1, 100, 0).build();
        OptionChain b = OptionChain.builder("BTC", 100_000)
                .add(OptionType.CALL, 100_000, T1, 1, 0.6, Settlement.INVERSE, 1, 100, 0).build();
        double ga = ExposureCalculator.report(a).market().gexUsdPer1Pct();
        double gb = ExposureCalculator.report(b).market().gexUsdPer1Pct();
        assertEquals(2 * ga, gb, 1e-9 * gb);
    }
}
