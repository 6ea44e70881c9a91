package com.hedgeflow.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.exposure.OptionChain;
import com.hedgeflow.engine.exposure.OptionValuation;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.InverseOption;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ScenarioRevaluerTest {
    private static final double S = 100_000;

    /** A mixed book: inverse and linear options, two expiries, a skewed smile, both kinds of delta-one hedge. */
    private static OptionChain book() {
        return OptionChain.builder("BTC", S)
                .add(OptionType.PUT, 85_000, 0.1, 1.005, 0.72, Settlement.INVERSE, 1, 900, -12)
                .add(OptionType.PUT, 95_000, 0.1, 1.005, 0.62, Settlement.INVERSE, 1, 900, 0)
                .add(OptionType.CALL, 100_000, 0.1, 1.005, 0.58, Settlement.INVERSE, 1, 900, 8)
                .add(OptionType.PUT, 100_000, 0.1, 1.005, 0.59, Settlement.INVERSE, 1, 900, 3)
                .add(OptionType.CALL, 115_000, 0.1, 1.005, 0.55, Settlement.INVERSE, 1, 900, -6)
                .add(OptionType.CALL, 110_000, 0.4, 1.02, 0.60, Settlement.LINEAR, 1, 400, 5)
                .add(OptionType.PUT, 90_000, 0.4, 1.02, 0.66, Settlement.LINEAR, 1, 400, -4)
                .deltaOne(0.7, -250_000)
                .build();
    }

    private static ScenarioGrid spotOnly(double... shifts) {
        return new ScenarioGrid(shifts, new double[] {0}, 0, VolDynamics.STICKY_STRIKE);
    }

    @Test
    void noMoveNoPnlUnderEitherDynamics() {
        for (VolDynamics dynamics : VolDynamics.values()) {
            ScenarioMatrix m = ScenarioRevaluer.revalue(book(), ScenarioGrid.defaults().withDynamics(dynamics));
            assertEquals(0.20, m.grid().spotShift(8), 1e-15);
            assertEquals(0, m.grid().volShiftPoints(4));
            assertEquals(0, m.pnlUsd(4, 4), 1e-9);
            assertEquals(0, m.pnlCoin(4, 4), 1e-14);
        }
    }

    @Test
    void tinyIndexMovesEarnDeltaTimesTheMove() {
        OptionChain chain = book();
        double h = 1e-6;
        ScenarioMatrix m = ScenarioRevaluer.revalue(chain, spotOnly(h, -h));
        double dS = S * h;
        // USD delta of each leg: slope of its USD value. Inverse: d(S·Black(F)/F)/dS = Δ_F; linear: ratio·Δ_F.
        double usdDelta = 0.7 + (-250_000) / S;
        // Coin-numeraire delta S·d(value/S)/dS: inverse legs give the premium-adjusted Δ_F − C, linear legs
        // ratio·Δ_F − V/S; delta-one linear q (coin P&L q(S'−S)/S') and inverse N/S (coin P&L N(1/S − 1/S')).
        double coinDelta = 0.7 + (-250_000) / S;
        for (int i = 0; i < chain.size(); i++) {
            double q = chain.ownSizeCoin(i);
            double ratio = chain.forwardRatio(i);
            double f = S * ratio;
            double d = Black76.delta(chain.type(i), f, chain.strikeUsd(i), chain.vol(i), chain.years(i), 1.0);
            double black = Black76.price(chain.type(i), f, chain.strikeUsd(i), chain.vol(i), chain.years(i), 1.0);
            if (chain.isInverse(i)) {
                usdDelta += q * d;
                coinDelta += q * (d - InverseOption.priceCoin(chain.type(i), f, chain.strikeUsd(i), chain.vol(i),
                        chain.years(i)));
            } else {
                usdDelta += q * ratio * d;
                coinDelta += q * (ratio * d - black / S);
            }
        }
        assertEquals(usdDelta * dS, m.pnlUsd(0, 0), 1e-5 * Math.abs(usdDelta * dS));
        assertEquals(usdDelta, (m.pnlUsd(0, 0) - m.pnlUsd(1, 0)) / (2 * dS), 1e-6 * Math.abs(usdDelta));
        assertEquals(coinDelta * h, m.pnlCoin(0, 0), 1e-5 * Math.abs(coinDelta * h));
    }

    @Test
    void aCoinMarginedBookEarnsItsDeltaTotalInCoin() {
        // analytics.md §5: for inverse options and inverse perpetuals, coin P&L ≈ Σ n(Δ − C) + N/S per unit dS/S.
        OptionChain chain = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 105_000, 0.2, 1.01, 0.6, Settlement.INVERSE, 1, 0, 10)
                .add(OptionType.PUT, 95_000, 0.2, 1.01, 0.65, Settlement.INVERSE, 1, 0, 10)
                .deltaOne(0, -400_000)
                .build();
        double deltaTotal = -400_000 / S;
        for (int i = 0; i < chain.size(); i++) {
            deltaTotal += chain.ownSizeCoin(i) * OptionValuation.hedgeDeltaCoin(chain.type(i), true, S,
                    chain.forwardRatio(i), chain.strikeUsd(i), chain.vol(i), chain.years(i));
        }
        double h = 1e-6;
        ScenarioMatrix m = ScenarioRevaluer.revalue(chain, spotOnly(h, -h));
        assertEquals(deltaTotal, (m.pnlCoin(0, 0) - m.pnlCoin(1, 0)) / (2 * h), 1e-6 * Math.abs(deltaTotal));
    }

    @Test
    void tinyVolMovesEarnVegaAndADayEarnsTheta() {
        OptionChain chain = book();
        ScenarioMatrix vol = ScenarioRevaluer.revalue(chain,
                new ScenarioGrid(new double[] {0}, new double[] {0.001, -0.001}, 0, VolDynamics.STICKY_STRIKE));
        ScenarioMatrix day = ScenarioRevaluer.revalue(chain, spotOnly(0).withRollDays(1));
        double vega = 0;
        double theta = 0;
        for (int i = 0; i < chain.size(); i++) {
            double ratio = chain.forwardRatio(i);
            // An inverse option's USD value is Black(F)/ratio; a linear one's is Black(F).
            double scale = chain.isInverse(i) ? 1 / ratio : 1;
            var g = Black76.greeks(chain.type(i), S * ratio, chain.strikeUsd(i), chain.vol(i), chain.years(i), 1.0);
            vega += chain.ownSizeCoin(i) * g.vega() * scale;
            theta += chain.ownSizeCoin(i) * g.theta() * scale;
        }
        assertEquals(vega, (vol.pnlUsd(0, 0) - vol.pnlUsd(0, 1)) / (2 * 0.00001), 1e-6 * Math.abs(vega));
        assertEquals(theta / 365, day.pnlUsd(0, 0), 2e-2 * Math.abs(theta / 365));
        assertEquals(1, day.grid().rollDays());
    }

    @Test
    void stickyMoneynessReadsTheVolOfTheStrikeThatHadTheNewMoneyness() {
        OptionChain chain = OptionChain.builder("BTC", S)
                .add(OptionType.PUT, 90_000, 0.1, 1, 0.70, Settlement.INVERSE, 1, 0, 0)
                .add(OptionType.CALL, 100_000, 0.1, 1, 0.60, Settlement.INVERSE, 1, 0, 1)
                .add(OptionType.CALL, 110_000, 0.1, 1, 0.50, Settlement.INVERSE, 1, 0, 0)
                .build();
        ScenarioGrid grid = new ScenarioGrid(new double[] {0.05, -0.05, 0.30}, new double[] {0, 2}, 0,
                VolDynamics.STICKY_MONEYNESS);
        ScenarioMatrix m = ScenarioRevaluer.revalue(chain, grid);
        double base = OptionValuation.valueUsd(OptionType.CALL, true, S, 1, 100_000, 0.60, 0.1);

        // Up 5%: strike 100k now has the moneyness 100k/1.05 = 95,238 had, between 90k and 100k in log-strike.
        double k = 100_000 / 1.05;
        double w = Math.log(k / 90_000) / Math.log(100_000 / 90_000.0);
        double volUp = 0.70 + w * (0.60 - 0.70);
        assertEquals(OptionValuation.valueUsd(OptionType.CALL, true, S * 1.05, 1, 100_000, volUp, 0.1) - base,
                m.pnlUsd(0, 0), 1e-9);
        assertEquals(OptionValuation.valueUsd(OptionType.CALL, true, S * 1.05, 1, 100_000, volUp + 0.02, 0.1) - base,
                m.pnlUsd(0, 1), 1e-9);
        // Down 5%: 100k/0.95 = 105,263, between 100k and 110k.
        double kd = 100_000 / 0.95;
        double wd = Math.log(kd / 100_000) / Math.log(110_000 / 100_000.0);
        double volDown = 0.60 + wd * (0.50 - 0.60);
        assertEquals(OptionValuation.valueUsd(OptionType.CALL, true, S * 0.95, 1, 100_000, volDown, 0.1) - base,
                m.pnlUsd(1, 0), 1e-9);
        // Up 30%: 76,923 is below the lowest strike, so the wing stays flat at 70 vol.
        assertEquals(OptionValuation.valueUsd(OptionType.CALL, true, S * 1.30, 1, 100_000, 0.70, 0.1) - base,
                m.pnlUsd(2, 0), 1e-9);
    }

    @Test
    void onAFlatSmileBothDynamicsAgree() {
        OptionChain.Builder b = OptionChain.builder("BTC", S);
        for (int k = 80_000; k <= 120_000; k += 5_000) {
            b.add(OptionType.CALL, k, 0.3, 1.01, 0.6, Settlement.INVERSE, 1, 10, k % 10_000 == 0 ? 2 : -1);
        }
        OptionChain chain = b.build();
        ScenarioMatrix strike = ScenarioRevaluer.revalue(chain, ScenarioGrid.defaults());
        ScenarioMatrix moneyness = ScenarioRevaluer.revalue(chain,
                ScenarioGrid.defaults().withDynamics(VolDynamics.STICKY_MONEYNESS));
        for (int j = 0; j < 9; j++) {
            for (int v = 0; v < 9; v++) {
                assertEquals(strike.pnlUsd(j, v), moneyness.pnlUsd(j, v), 1e-6);
            }
        }
    }

    @Test
    void volShiftsStopAtOneVolPointAndExpiredOptionsPayIntrinsic() {
        OptionChain chain = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 90_000, 1 / 365.0, 1, 0.15, Settlement.LINEAR, 1, 0, 1).build();
        ScenarioMatrix m = ScenarioRevaluer.revalue(chain,
                new ScenarioGrid(new double[] {0}, new double[] {-20, -14}, 0, VolDynamics.STICKY_STRIKE));
        assertEquals(m.pnlUsd(0, 1), m.pnlUsd(0, 0), 1e-12, "both shifts land on the one-point floor");

        ScenarioMatrix rolled = ScenarioRevaluer.revalue(chain, spotOnly(0.1).withRollDays(2));
        double base = Black76.price(OptionType.CALL, S, 90_000, 0.15, 1 / 365.0, 1.0);
        assertEquals(110_000 - 90_000 - base, rolled.pnlUsd(0, 0), 1e-9);
    }

    @Test
    void rejectsABadGrid() {
        assertThrows(IllegalArgumentException.class,
                () -> new ScenarioGrid(new double[] {-1.0}, new double[] {0}, 0, VolDynamics.STICKY_STRIKE));
        assertThrows(IllegalArgumentException.class,
                () -> new ScenarioGrid(new double[] {0}, new double[] {}, 0, VolDynamics.STICKY_STRIKE));
        assertThrows(IllegalArgumentException.class,
                () -> new ScenarioGrid(new double[] {0}, new double[] {0}, -1, VolDynamics.STICKY_STRIKE));
    }

    @Property(tries = 100)
    void aLongStraddleGainsFromAnyMoveAndFromVol(@ForAll @DoubleRange(min = 0.01, max = 0.3) double move,
                                                 @ForAll @DoubleRange(min = 0.2, max = 1.2) double vol,
                                                 @ForAll @DoubleRange(min = 0.02, max = 1.0) double years,
                                                 @ForAll boolean inverse) {
        Settlement settlement = inverse ? Settlement.INVERSE : Settlement.LINEAR;
        OptionChain chain = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, S, years, 1, vol, settlement, 1, 0, 1)
                .add(OptionType.PUT, S, years, 1, vol, settlement, 1, 0, 1)
                .build();
        ScenarioMatrix m = ScenarioRevaluer.revalue(chain,
                new ScenarioGrid(new double[] {-move, 0, move}, new double[] {0, 5}, 0, VolDynamics.STICKY_STRIKE));
        assertTrue(m.pnlUsd(0, 0) + m.pnlUsd(2, 0) > 0, "convex in the index");
        assertTrue(m.pnlUsd(1, 1) > 0, "long vega");
        assertEquals(0, m.pnlUsd(1, 0), 1e-9);
    }
}
