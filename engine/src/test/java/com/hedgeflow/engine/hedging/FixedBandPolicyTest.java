package com.hedgeflow.engine.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedBandPolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static HedgeInputs book(double delta, double spot) {
        return new HedgeInputs("BTC", NOW, spot, delta, 0, null, List.of());
    }

    @Test
    void insideTheBandNothingTrades() {
        FixedBandPolicy p = FixedBandPolicy.coin(0.5);
        HedgeDecision d = p.decide(book(0.49, 100_000));
        assertFalse(d.isTrade());
        assertTrue(d.why().contains("inside band"), d.why());
    }

    @Test
    void aboveTheBandSellsDownToTheUpperEdgeNotToTarget() {
        HedgeDecision.Trade t = (HedgeDecision.Trade) FixedBandPolicy.coin(0.5).decide(book(1.5, 100_000));
        assertEquals(-1.0, t.deltaChangeCoin(), 1e-12);
        assertEquals(0.5, t.landingDeltaCoin(), 1e-12);
        assertEquals(0.0, t.targetDeltaCoin(), 0);
        assertEquals(ReasonCode.BAND_BREACH, t.reason());
    }

    @Test
    void belowTheBandBuysUpToTheLowerEdge() {
        HedgeDecision.Trade t = (HedgeDecision.Trade) FixedBandPolicy.coin(0.5).decide(book(-2.0, 100_000));
        assertEquals(1.5, t.deltaChangeCoin(), 1e-12);
    }

    @Test
    void anAsymmetricBandAroundATarget() {
        // Target +1 BTC; tolerate 0.2 under and 0.8 over: band [0.8, 1.8].
        FixedBandPolicy p = new FixedBandPolicy(DeltaUnit.COIN, 1.0, 0.2, 0.8, 1.0);
        assertFalse(p.decide(book(1.79, 100_000)).isTrade());
        HedgeDecision.Trade low = (HedgeDecision.Trade) p.decide(book(0.5, 100_000));
        assertEquals(0.3, low.deltaChangeCoin(), 1e-12);
        HedgeDecision.Trade high = (HedgeDecision.Trade) p.decide(book(2.0, 100_000));
        assertEquals(-0.2, high.deltaChangeCoin(), 1e-12);
    }

    @Test
    void aUsdBandIsConvertedAtTheIndex() {
        // ±50,000 USD at 100,000 is ±0.5 BTC; at 50,000 it is ±1 BTC.
        FixedBandPolicy p = new FixedBandPolicy(DeltaUnit.USD, 0, 50_000, 50_000, 1.0);
        assertEquals(-0.5, ((HedgeDecision.Trade) p.decide(book(1.0, 100_000))).deltaChangeCoin(), 1e-12);
        assertFalse(p.decide(book(1.0, 50_000)).isTrade());
    }

    @Test
    void aHedgeRatioBelowOneCoversPartOfTheBreach() {
        FixedBandPolicy p = new FixedBandPolicy(DeltaUnit.COIN, 0, 0.5, 0.5, 0.5);
        assertEquals(-0.5, ((HedgeDecision.Trade) p.decide(book(1.5, 100_000))).deltaChangeCoin(), 1e-12);
    }

    @Test
    void parametersAreValidatedWithClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FixedBandPolicy(DeltaUnit.COIN, 0, -0.1, 0.5, 1));
        assertTrue(e.getMessage().contains("width below target"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FixedBandPolicy(DeltaUnit.COIN, 0, 1, 1, 0));
        assertTrue(e.getMessage().contains("hedge ratio"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new FixedBandPolicy(DeltaUnit.COIN, Double.NaN, 1, 1, 1));
        assertTrue(e.getMessage().contains("target"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HedgeInputs("BTC", NOW, 0, 1, 0, null, List.of()));
    }
}
