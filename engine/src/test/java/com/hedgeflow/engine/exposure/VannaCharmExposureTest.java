package com.hedgeflow.engine.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import org.junit.jupiter.api.Test;

/** Vanna and charm exposure against −φ(d1)d2/σ and φ(d1)d2/(2τ), scaled to the index and to USD. */
class VannaCharmExposureTest {
    private static final double S = 100_000;

    @Test
    void marketVannaAndCharmAreTheDealerSignedClosedForms() {
        OptionChain chain = StrikeGexTest.chain();
        ExposureReport r = ExposureCalculator.report(chain);
        double vanna = 0;
        double charm = 0;
        double delta = 0;
        for (int i = 0; i < chain.size(); i++) {
            double ratio = chain.forwardRatio(i);
            double f = S * ratio;
            double size = DealerPositioning.DEFAULT.sign(chain.type(i)) * chain.openInterestCoin(i);
            vanna += size * ratio * ClosedForm.vannaForward(f, chain.strikeUsd(i), chain.vol(i), chain.years(i)) * S;
            charm += size * ratio * ClosedForm.charmForward(f, chain.strikeUsd(i), chain.vol(i), chain.years(i)) * S
                    / 365;
            delta += size * OptionValuation.spotDelta(chain.type(i), S, ratio, chain.strikeUsd(i), chain.vol(i),
                    chain.years(i));
        }
        assertEquals(vanna, r.market().vannaUsdPerVol(), 1e-9 * Math.abs(vanna));
        assertEquals(vanna * 0.01, r.market().vannaUsdPerVolPoint(), 1e-9 * Math.abs(vanna));
        assertEquals(charm, r.market().charmUsdPerDay(), 1e-9 * Math.abs(charm));
        assertEquals(delta, r.market().deltaCoin(), 1e-9 * Math.abs(delta));
        assertEquals(delta * S, r.market().deltaUsd(), 1e-9 * Math.abs(delta * S));
    }

    @Test
    void outOfTheMoneyCallsLoseDeltaWithTimeAndGainItWithVol() {
        // analytics.md §3.1: d2 < 0 for an out-of-the-money call, so charm < 0 and vanna > 0.
        OptionChain chain = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 120_000, 0.1, 1, 0.5, Settlement.LINEAR, 1, 100, 0).build();
        ExposureReport r = ExposureCalculator.report(chain);
        assertTrue(r.market().charmUsdPerDay() < 0);
        assertTrue(r.market().vannaUsdPerVol() > 0);
    }

    @Test
    void ownVannaAndCharmAreTheDriftOfTheDeltaTheDeskHedges() {
        OptionChain chain = StrikeGexTest.chain();
        ExposureReport r = ExposureCalculator.report(chain);
        double hv = 1e-5;
        double ht = 1e-6;
        double vanna = 0;
        double charm = 0;
        double delta = 0;
        for (int i = 0; i < chain.size(); i++) {
            double size = chain.ownSizeCoin(i);
            OptionType type = chain.type(i);
            boolean inverse = chain.isInverse(i);
            double ratio = chain.forwardRatio(i);
            double k = chain.strikeUsd(i);
            double v = chain.vol(i);
            double t = chain.years(i);
            delta += size * OptionValuation.hedgeDeltaCoin(type, inverse, S, ratio, k, v, t);
            vanna += size * (OptionValuation.hedgeDeltaCoin(type, inverse, S, ratio, k, v + hv, t)
                    - OptionValuation.hedgeDeltaCoin(type, inverse, S, ratio, k, v - hv, t)) / (2 * hv) * S;
            // Calendar time passing shortens the expiry.
            charm += size * -(OptionValuation.hedgeDeltaCoin(type, inverse, S, ratio, k, v, t + ht)
                    - OptionValuation.hedgeDeltaCoin(type, inverse, S, ratio, k, v, t - ht)) / (2 * ht) * S / 365;
        }
        assertEquals(delta, r.own().deltaCoin(), 1e-12 * Math.abs(delta));
        assertEquals(vanna, r.own().vannaUsdPerVol(), 1e-6 * Math.abs(vanna));
        assertEquals(charm, r.own().charmUsdPerDay(), 1e-5 * Math.abs(charm));
    }

    @Test
    void ownDeltaCountsDeltaOneHedgesOnlyInTheWholeBookView() {
        OptionChain chain = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 100_000, 0.25, 1, 0.6, Settlement.INVERSE, 1, 0, 10)
                .deltaOne(2.5, -500_000) // 2.5 BTC linear perp, short 50,000 inverse contracts of 10 USD
                .build();
        double options = 10 * OptionValuation.hedgeDeltaCoin(OptionType.CALL, true, S, 1, 100_000, 0.6, 0.25);
        ExposureReport all = ExposureCalculator.report(chain);
        assertEquals(options + 2.5 - 5.0, all.own().deltaCoin(), 1e-12);
        ExposureReport one = ExposureCalculator.report(chain, DealerPositioning.DEFAULT, ExpiryFilter.only(0.25));
        assertEquals(options, one.own().deltaCoin(), 1e-12);
    }
}
