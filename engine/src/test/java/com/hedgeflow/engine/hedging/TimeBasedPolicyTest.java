package com.hedgeflow.engine.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeBasedPolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static HedgeInputs book(double delta, Instant lastHedge) {
        return new HedgeInputs("BTC", NOW, 100_000, delta, 0, lastHedge, List.of());
    }

    @Test
    void hedgesToTargetWhenTheIntervalHasPassed() {
        TimeBasedPolicy p = new TimeBasedPolicy(Duration.ofMinutes(15), 0.1, 1.0, 0.01);
        HedgeDecision.Trade t = (HedgeDecision.Trade) p.decide(book(0.6, NOW.minus(Duration.ofMinutes(15))));
        assertEquals(-0.5, t.deltaChangeCoin(), 1e-12);
        assertEquals(ReasonCode.SCHEDULE, t.reason());
        assertTrue(p.decide(book(0.6, null)).isTrade(), "never hedged: due at once");
    }

    @Test
    void waitsBetweenHedges() {
        TimeBasedPolicy p = new TimeBasedPolicy(Duration.ofMinutes(15), 0, 1.0, 0.01);
        HedgeDecision d = p.decide(book(5, NOW.minus(Duration.ofMinutes(14))));
        assertFalse(d.isTrade());
        assertFalse(((HedgeDecision.NoTrade) d).restartsSchedule());
    }

    @Test
    void aScheduledCheckCloseToTargetTradesNothingAndRestartsTheClock() {
        TimeBasedPolicy p = new TimeBasedPolicy(Duration.ofMinutes(15), 0, 1.0, 0.01);
        HedgeDecision d = p.decide(book(0.005, null));
        assertTrue(((HedgeDecision.NoTrade) d).restartsSchedule());
    }

    @Test
    void aHedgeRatioLeavesPartOfTheDelta() {
        TimeBasedPolicy p = new TimeBasedPolicy(Duration.ofMinutes(15), 0, 0.8, 0);
        assertEquals(-0.8, ((HedgeDecision.Trade) p.decide(book(1.0, null))).deltaChangeCoin(), 1e-12);
    }

    @Test
    void hybridHedgesABreachBetweenSchedulesToTheEdge() {
        HybridPolicy p = HybridPolicy.of(Duration.ofHours(1), 0, 1.0);
        Instant recent = NOW.minus(Duration.ofMinutes(10));
        assertFalse(p.decide(book(0.9, recent)).isTrade());
        HedgeDecision.Trade t = (HedgeDecision.Trade) p.decide(book(1.6, recent));
        assertEquals(ReasonCode.BAND_BREACH, t.reason());
        assertEquals(-0.6, t.deltaChangeCoin(), 1e-12);
        HedgeDecision.Trade scheduled = (HedgeDecision.Trade) p.decide(book(0.9, NOW.minus(Duration.ofHours(1))));
        assertEquals(ReasonCode.SCHEDULE, scheduled.reason());
        assertEquals(-0.9, scheduled.deltaChangeCoin(), 1e-12);
    }

    @Test
    void parametersAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimeBasedPolicy(Duration.ZERO, 0, 1, 0));
        assertTrue(e.getMessage().contains("interval"), e.getMessage());
    }

    /**
     * Leland by hand: k = 5 bps one way (10 bps round trip), σ = 0.6, hourly rebalancing (δt = 1/8760):
     * Le = √(2/π)·0.001/(0.6·√(1/8760)) = 0.124463; a writer prices at 0.6·√1.124463 = 0.636243.
     */
    @Test
    void lelandNumberAndAdjustedVol() {
        double hour = 1 / 8760.0;
        assertEquals(0.12446317177226021, LelandVolatility.lelandNumber(0.0005, 0.6, hour), 1e-12);
        assertEquals(0.6 * Math.sqrt(1.12446317177226021), LelandVolatility.adjustedVol(0.6, 0.0005, hour, true),
                1e-12);
        assertEquals(0.6 * Math.sqrt(1 - 0.12446317177226021),
                LelandVolatility.adjustedVol(0.6, 0.0005, hour, false), 1e-12);
        assertTrue(Double.isNaN(LelandVolatility.adjustedVol(0.1, 0.01, hour, false)));
    }
}
