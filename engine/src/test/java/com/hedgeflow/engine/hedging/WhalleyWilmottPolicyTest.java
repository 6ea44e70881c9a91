package com.hedgeflow.engine.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhalleyWilmottPolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /**
     * By hand: a book short 50,000 USD of gamma per 1% at S = 100,000 has Γ = 50,000/(0.01·10¹⁰) = 5e-4 BTC per USD.
     * With k = 5 bps and γ = 1e-4 per USD: H = (1.5 · 0.0005 · 100,000 · 2.5e-7 / 1e-4)^(1/3) = 0.1875^(1/3)
     * = 0.572357 BTC.
     */
    @Test
    void halfWidthMatchesTheHandComputedValue() {
        double gamma = HedgeInputs.gammaFromUsdPer1Pct(-50_000, 100_000);
        assertEquals(-5e-4, gamma, 1e-18);
        assertEquals(0.5723571212766659, WhalleyWilmottBand.halfWidthCoin(0.0005, 100_000, gamma, 1e-4), 1e-12);
    }

    @Test
    void bandScalesWithCostToTheThirdAndGammaToTheTwoThirds() {
        double h = WhalleyWilmottBand.halfWidthCoin(0.0005, 100_000, 5e-4, 1e-4);
        assertEquals(h * 2, WhalleyWilmottBand.halfWidthCoin(0.004, 100_000, 5e-4, 1e-4), 1e-12);
        assertEquals(h * 4, WhalleyWilmottBand.halfWidthCoin(0.0005, 100_000, 4e-3, 1e-4), 1e-12);
        assertEquals(h / 2, WhalleyWilmottBand.halfWidthCoin(0.0005, 100_000, 5e-4, 8e-4), 1e-12);
    }

    @Test
    void tradesToTheEdgeOfTheGammaBand() {
        WhalleyWilmottPolicy p = new WhalleyWilmottPolicy(0.0005, 1e-4, 0, 0.05, 5);
        HedgeInputs in = new HedgeInputs("BTC", NOW, 100_000, 1.0, -5e-4, null, List.of());
        HedgeDecision.Trade t = (HedgeDecision.Trade) p.decide(in);
        assertEquals(0.5723571212766659, t.landingDeltaCoin(), 1e-12);
        assertEquals(0.5723571212766659 - 1.0, t.deltaChangeCoin(), 1e-12);
        assertFalse(p.decide(new HedgeInputs("BTC", NOW, 100_000, -0.57, -5e-4, null, List.of())).isTrade());
    }

    @Test
    void aBookWithoutGammaKeepsTheFloorAndAHugeOneTheCeiling() {
        WhalleyWilmottPolicy p = new WhalleyWilmottPolicy(0.0005, 1e-4, 0.2, 0.05, 2);
        DeltaBand floor = p.band(new HedgeInputs("BTC", NOW, 100_000, 0, 0, null, List.of()));
        assertEquals(0.15, floor.lowerCoin(), 1e-12);
        assertEquals(0.25, floor.upperCoin(), 1e-12);
        DeltaBand wide = p.band(new HedgeInputs("BTC", NOW, 100_000, 0, 1.0, null, List.of()));
        assertEquals(-1.8, wide.lowerCoin(), 1e-12);
        assertEquals(2.2, wide.upperCoin(), 1e-12);
    }

    @Test
    void parametersAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WhalleyWilmottPolicy(0.0005, 0, 0, 0, 1));
        assertTrue(e.getMessage().contains("risk aversion"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new WhalleyWilmottPolicy(0.0005, 1e-4, 0, 2, 1));
        assertTrue(e.getMessage().contains("below the minimum"), e.getMessage());
    }
}
