package com.hedgeflow.engine.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.hedging.LelandVolatility;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.BlackScholes;
import org.junit.jupiter.api.Test;

class BacktestTest {
    private static final double T = 30 / 365.0;

    private static BacktestSpec spec(OptionType type, boolean written, HedgingRule rule, double monitor, double cost,
                                     int paths, long seed) {
        return new BacktestSpec(type, written, 1, 100, 100, 0.5, 0.5, 0.0, 0.0, T, rule, monitor, cost, paths, seed);
    }

    private static BacktestSpec timeBased(int rebalances, double cost, int paths) {
        return spec(OptionType.CALL, true, HedgingRule.time(T / rebalances), T / rebalances, cost, paths, 1);
    }

    /**
     * Derman &amp; Kamal (1999), "When you cannot hedge continuously": with N equally spaced rebalances and no costs,
     * the hedged P&amp;L of an at-the-money option has standard deviation ≈ √(π/4) · vega · σ / √N (vega per 1.00
     * of vol). It is not in analytics.md §4; this is the published form.
     */
    @Test
    void zeroCostFrequentHedgingMatchesBlackScholesAndDermanKamal() {
        int n = 200;
        BacktestResult r = Backtest.run(timeBased(n, 0, 20_000));
        double vega = BlackScholes.greeks(OptionType.CALL, 100, 100, 0.5, T, 0).vega();
        double dermanKamal = Math.sqrt(Math.PI / 4) * vega * 0.5 / Math.sqrt(n);
        assertEquals(1, r.stdHedgeCost() / dermanKamal, 0.04, "std " + r.stdHedgeCost() + " vs " + dermanKamal);
        double standardError = r.stdHedgeCost() / Math.sqrt(r.paths());
        assertEquals(r.bsPrice(), r.meanHedgeCost(), 4 * standardError);
        assertEquals(0, r.meanTradingCost());
        assertEquals(r.stdHedgeCost() / r.bsPrice(), r.performanceRatio(), 1e-15);
        assertEquals(r.bsPrice() - r.meanHedgeCost(), r.meanPnl(), 1e-12, "a written option keeps its premium");
    }

    @Test
    void moreFrequentHedgingLowersTheSpread() {
        double rare = Backtest.run(spec(OptionType.PUT, true, HedgingRule.time(T / 20), T / 80, 0, 2_000, 3))
                .stdHedgeCost();
        double often = Backtest.run(spec(OptionType.PUT, true, HedgingRule.time(T / 80), T / 80, 0, 2_000, 3))
                .stdHedgeCost();
        assertTrue(often < 0.6 * rare, often + " vs " + rare);
    }

    @Test
    void costsRaiseTheMeanHedgeCostByExactlyWhatTheyCost() {
        BacktestResult free = Backtest.run(timeBased(50, 0, 2_000));
        BacktestResult costly = Backtest.run(timeBased(50, 0.001, 2_000));
        assertTrue(costly.meanTradingCost() > 0);
        assertTrue(costly.meanHedgeCost() > free.meanHedgeCost());
        // Common random numbers and a time rule: the same trades, so the difference is the costs.
        assertEquals(costly.meanTradingCost(), costly.meanHedgeCost() - free.meanHedgeCost(), 1e-9);
        assertEquals(free.meanTrades(), costly.meanTrades());
    }

    @Test
    void bandPoliciesPayLessForTheSameRiskThanTimeBasedOnes() {
        double monitor = T / 360;
        BacktestResult time = Backtest.run(spec(OptionType.CALL, true, HedgingRule.time(T / 120), monitor, 0.0005,
                2_000, 5));
        BacktestResult ww = Backtest.run(spec(OptionType.CALL, true, HedgingRule.whalleyWilmott(2), monitor, 0.0005,
                2_000, 5));
        BacktestResult zak = Backtest.run(spec(OptionType.CALL, true, HedgingRule.zakamouline(1), monitor, 0.0005,
                2_000, 5));
        for (BacktestResult band : new BacktestResult[] {ww, zak}) {
            assertTrue(band.stdHedgeCost() <= time.stdHedgeCost(), band + " vs " + time);
            assertTrue(band.meanTradingCost() < 0.85 * time.meanTradingCost(), band + " vs " + time);
        }
        BacktestResult fixed = Backtest.run(spec(OptionType.CALL, true, HedgingRule.band(0.05), monitor, 0.0005,
                2_000, 5));
        BacktestResult everyStep = Backtest.run(spec(OptionType.CALL, true, HedgingRule.time(monitor), monitor,
                0.0005, 2_000, 5));
        assertTrue(fixed.meanTrades() < 0.5 * everyStep.meanTrades(), fixed + " vs " + everyStep);
        assertTrue(fixed.meanTradingCost() < everyStep.meanTradingCost());
    }

    @Test
    void theSameSeedGivesTheSameNumbersOnAnyNumberOfChunks() {
        BacktestSpec s = spec(OptionType.CALL, true, HedgingRule.whalleyWilmott(0.5), T / 100, 0.0005, 1_001, 42);
        BacktestResult one = Backtest.run(s, 1);
        assertEquals(one, Backtest.run(s, 2));
        assertEquals(one, Backtest.run(s, 7));
        assertNotEquals(one, Backtest.run(spec(OptionType.CALL, true, HedgingRule.whalleyWilmott(0.5), T / 100,
                0.0005, 1_001, 43), 2));
    }

    @Test
    void longAndShortMirrorEachOtherWithoutCosts() {
        HedgingRule rule = HedgingRule.time(T / 40);
        BacktestResult shortCall = Backtest.run(spec(OptionType.CALL, true, rule, T / 40, 0, 1_000, 9));
        BacktestResult longCall = Backtest.run(spec(OptionType.CALL, false, rule, T / 40, 0, 1_000, 9));
        assertEquals(-shortCall.meanHedgeCost(), longCall.meanHedgeCost(), 1e-9);
        assertEquals(shortCall.stdHedgeCost(), longCall.stdHedgeCost(), 1e-9);
        assertEquals(-shortCall.meanPnl(), longCall.meanPnl(), 1e-9);
        assertEquals(shortCall.bsPrice(), longCall.bsPrice());
        assertEquals(shortCall.meanTrades(), longCall.meanTrades());
    }

    @Test
    void lelandHedgesAtItsAdjustedVol() {
        BacktestResult r = Backtest.run(spec(OptionType.CALL, true, HedgingRule.leland(T / 30), T / 60, 0.001, 200,
                1));
        assertEquals(LelandVolatility.adjustedVol(0.5, 0.001, T / 30, true), r.hedgeVol(), 1e-12);
        assertTrue(r.hedgeVol() > 0.5);
        assertEquals(30, r.meanTrades(), 1.0);
    }

    @Test
    void quantityScalesTheWholePosition() {
        BacktestResult one = Backtest.run(timeBased(20, 0.0005, 300));
        BacktestResult ten = Backtest.run(new BacktestSpec(OptionType.CALL, true, 10, 100, 100, 0.5, 0.5, 0.0, 0.0,
                T, HedgingRule.time(T / 20), T / 20, 0.0005, 300, 1));
        assertEquals(10 * one.bsPrice(), ten.bsPrice(), 1e-9);
        assertEquals(10 * one.meanHedgeCost(), ten.meanHedgeCost(), 1e-9);
        assertEquals(10 * one.stdHedgeCost(), ten.stdHedgeCost(), 1e-9);
    }

    @Test
    void policiesAndTenorsParse() {
        assertEquals(HedgingRule.time(7 / 365.0), HedgingRule.parse("time:1w"));
        assertEquals(HedgingRule.leland(1 / (365.0 * 24)), HedgingRule.parse("leland:1h"));
        assertEquals(HedgingRule.band(0.05), HedgingRule.parse("band:0.05"));
        assertEquals(HedgingRule.whalleyWilmott(0.002), HedgingRule.parse("ww:0.002"));
        assertEquals(HedgingRule.zakamouline(0.5), HedgingRule.parse("zakamouline:0.5"));
        assertEquals(5 / (365.0 * 1440), Tenor.years("--monitor", "5m"), 1e-18);
        assertEquals(30 / (365.0 * 86_400), Tenor.years("--monitor", "30s"), 1e-18);
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HedgingRule.parse("delta:1"))
                .getMessage().contains("unknown policy"));
        assertThrows(IllegalArgumentException.class, () -> HedgingRule.parse("ww:-1"));
        assertThrows(IllegalArgumentException.class, () -> HedgingRule.parse("time:often"));
        assertThrows(IllegalArgumentException.class, () -> HedgingRule.parse("band"));
        assertThrows(IllegalArgumentException.class, () -> Tenor.years("--monitor", "0m"));
        assertThrows(IllegalArgumentException.class, () -> new BacktestSpec(OptionType.CALL, true, 1, 100, 100, -0.5,
                0.5, 0, 0, T, HedgingRule.time(T / 10), T / 10, 0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> timeBased(10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> timeBased(10, -0.001, 10));
        assertThrows(IllegalArgumentException.class, () -> spec(OptionType.CALL, true, HedgingRule.time(T / 100),
                T / 10, 0, 10, 1));
        // A bought option cannot be hedged at a Leland vol when the costs eat the whole variance.
        assertThrows(IllegalArgumentException.class, () -> Backtest.run(spec(OptionType.CALL, false,
                HedgingRule.leland(1 / 8760.0), 1 / 8760.0, 0.01, 10, 1)));
    }
}
