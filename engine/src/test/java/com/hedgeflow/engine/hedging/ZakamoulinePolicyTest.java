package com.hedgeflow.engine.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A one-option book, worked out by hand (Python with math.erfc) from analytics.md §4.4: short 10 inverse calls
 * K = 105,000, F = S = 100,000, σ = 0.6, τ = 30/365, λ = 5 bps, γ = 1e-4 per USD.
 * Γ_pos = −10·φ(d1)/(Fσ√τ) = −2.2743807618e-4; K = −0.0341584890; σ_m = σ√(1−K) = 0.6101615000;
 * shift = −10·(Δpa(σ_m) − Δpa(σ)) = −0.0127893428; H0 = 0.0016898148; H1 = 0.1605217617.
 */
class ZakamoulinePolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final OptionLeg SHORT_CALLS = new OptionLeg(OptionType.CALL, Settlement.INVERSE, 105_000,
            100_000, 100_000, 0.6, 30 / 365.0, -10);

    @Test
    void bandTermsMatchTheHandComputedValues() {
        ZakamoulineBand.Band b = ZakamoulineBand.forBook(List.of(SHORT_CALLS), 100_000, 0.0005, 1e-4);
        assertEquals(-2.2743807618153385e-4, b.gammaCoinPerUsd(), 1e-15);
        assertEquals(-0.03415848901882977, b.k(), 1e-12);
        assertEquals(0.6101614999709328, ZakamoulineBand.modifiedVol(0.6, b.k(), true), 1e-12);
        assertEquals(-0.012789342757548172, b.deltaShiftCoin(), 1e-9);
        assertEquals(0.0016898148148148152, b.h0(), 1e-12);
        assertEquals(0.16052176174065405, b.h1(), 1e-12);
    }

    @Test
    void aShortGammaBookIsHedgedAtAHigherVolAndTradesToTheEdge() {
        ZakamoulinePolicy p = new ZakamoulinePolicy(0.0005, 1e-4, 0, 0.01, 5);
        HedgeInputs in = new HedgeInputs("BTC", NOW, 100_000, -0.5, 0, null, List.of(SHORT_CALLS));
        DeltaBand band = p.band(in);
        assertEquals(-0.1494222337979207, band.lowerCoin(), 1e-9);
        assertEquals(0.17500091931301703, band.upperCoin(), 1e-9);
        HedgeDecision.Trade t = (HedgeDecision.Trade) p.decide(in);
        assertEquals(-0.1494222337979207 + 0.5, t.deltaChangeCoin(), 1e-9);
        assertEquals(0.012789342757548172, t.targetDeltaCoin(), 1e-9); // the band's centre, not zero
    }

    @Test
    void aLongGammaBookIsHedgedAtALowerVol() {
        OptionLeg longCalls = new OptionLeg(OptionType.CALL, Settlement.INVERSE, 105_000, 100_000, 100_000, 0.6,
                30 / 365.0, 10);
        ZakamoulineBand.Band b = ZakamoulineBand.forBook(List.of(longCalls), 100_000, 0.0005, 1e-4);
        assertTrue(ZakamoulineBand.modifiedVol(0.6, b.k(), false) < 0.6);
        // Long OTM calls hedged at a lower vol carry less delta: the hedge is smaller, so the book sits net long,
        // as the short book does (it is hedged at a higher vol, so it buys more). Both centres are above zero.
        assertTrue(b.deltaShiftCoin() < 0, "shift " + b.deltaShiftCoin());
        assertEquals(-0.0136, b.deltaShiftCoin(), 1e-4);
    }

    @Test
    void aBookWithoutOptionsKeepsTheMinimumBandAroundTarget() {
        assertNull(ZakamoulineBand.forBook(List.of(), 100_000, 0.0005, 1e-4));
        ZakamoulinePolicy p = new ZakamoulinePolicy(0.0005, 1e-4, 0.1, 0.25, 5);
        DeltaBand band = p.band(new HedgeInputs("BTC", NOW, 100_000, 0, 0, null, List.of()));
        assertEquals(-0.15, band.lowerCoin(), 1e-12);
        assertEquals(0.35, band.upperCoin(), 1e-12);
    }

    @Test
    void nearExpiryTheH0TermIsCapped() {
        OptionLeg expiring = new OptionLeg(OptionType.CALL, Settlement.INVERSE, 100_000, 100_000, 100_000, 0.6,
                1e-6, -10);
        ZakamoulinePolicy p = new ZakamoulinePolicy(0.0005, 1e-4, 0, 0.01, 3);
        DeltaBand band = p.band(new HedgeInputs("BTC", NOW, 100_000, 0, 0, null, List.of(expiring)));
        assertEquals(6.0, band.upperCoin() - band.lowerCoin(), 1e-9);
    }

    @Test
    void parametersAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ZakamoulinePolicy(0, 1e-4, 0, 0, 1));
        assertTrue(e.getMessage().contains("cost rate"), e.getMessage());
    }
}
