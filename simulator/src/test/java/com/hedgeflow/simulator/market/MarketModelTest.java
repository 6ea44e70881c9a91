package com.hedgeflow.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.simulator.instruments.InstrumentCatalogue;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MarketModelTest {
    private static final Instant START = Instant.parse("2026-11-26T23:00:00Z");

    @Test
    void sameSeedSameMarket() {
        InstrumentCatalogue c = InstrumentCatalogue.listAt(START, MarketModel.START_INDEX);
        MarketModel a = new MarketModel(1, 200, c, START);
        MarketModel b = new MarketModel(1, 200, c, START);
        MarketModel other = new MarketModel(2, 200, c, START);
        for (int i = 1; i <= 50; i++) {
            Instant t = START.plusMillis(100L * i);
            MarketSnapshot sa = a.step(t);
            MarketSnapshot sb = b.step(t);
            assertEquals(sa, sb);
            if (i == 50) {
                assertNotEquals(sa.index(), other.step(t).index());
            } else {
                other.step(t);
            }
        }
    }

    @Test
    void indexMovesVisiblyWithinSecondsAtTheDefaultScale() {
        IndexPath path = MarketModel.indexPath(3, 200);
        double sumSq = 0;
        double prev = path.level();
        int steps = 20_000;
        for (int i = 0; i < steps; i++) {
            double next = path.next();
            double r = Math.log(next / prev);
            sumSq += r * r;
            prev = next;
        }
        double stepVol = Math.sqrt(sumSq / steps);
        double expected = 0.55 * Math.sqrt(0.1 * 200 / (365 * 24 * 3600.0));
        assertEquals(expected, stepVol, expected * 0.05, "GBM step vol");
        assertTrue(expected * MarketModel.START_INDEX * Math.sqrt(10) > 50, "a second moves the index by tens of USD");
    }

    @Test
    void quotesAreSaneAcrossTheChain() {
        InstrumentCatalogue c = InstrumentCatalogue.listAt(START, MarketModel.START_INDEX);
        MarketModel m = new MarketModel(9, 200, c, START);
        MarketSnapshot s = null;
        for (int i = 1; i <= 10; i++) {
            s = m.step(START.plus(Duration.ofMillis(100L * i)));
        }
        for (InstrumentQuote q : s.quotes().values()) {
            if (q instanceof OptionQuote o) {
                assertTrue(o.markPrice() >= 0, o.instrument().name());
                assertTrue(o.askPrice() > o.markPrice(), o.instrument().name());
                assertTrue(Double.isNaN(o.bidPrice()) || o.bidPrice() < o.markPrice(), o.instrument().name());
                assertTrue(o.markVol() > 0.15 && o.markVol() < 2.5);
                assertTrue(o.askAmount() >= 0.1);
            } else {
                PerpetualQuote p = (PerpetualQuote) q;
                assertEquals(0.5, p.askPrice() - p.bidPrice(), 1e-9);
                assertTrue(Math.abs(p.markPrice() / p.indexPrice() - 1) < 0.01);
            }
        }
        // Put skew: the 70k put is richer in vol than the 120k call on the same expiry.
        Instant expiry = c.expiries().get(2);
        OptionQuote put = (OptionQuote) s.quote(c.option(expiry, 70_000, com.hedgeflow.engine.market.OptionType.PUT).name()).orElseThrow();
        OptionQuote call = (OptionQuote) s.quote(c.option(expiry, 120_000, com.hedgeflow.engine.market.OptionType.CALL).name()).orElseThrow();
        assertTrue(put.markVol() > call.markVol(), put.markVol() + " vs " + call.markVol());
    }
}
