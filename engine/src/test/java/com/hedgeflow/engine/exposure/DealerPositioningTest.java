package com.hedgeflow.engine.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import org.junit.jupiter.api.Test;

/** The market side follows the positioning setting; the own book never does. */
class DealerPositioningTest {

    @Test
    void signsOfEachConvention() {
        assertEquals(1, DealerPositioning.DEALERS_LONG_CALLS_SHORT_PUTS.sign(OptionType.CALL));
        assertEquals(-1, DealerPositioning.DEALERS_LONG_CALLS_SHORT_PUTS.sign(OptionType.PUT));
        assertEquals(-1, DealerPositioning.DEALERS_SHORT_CALLS_LONG_PUTS.sign(OptionType.CALL));
        assertEquals(1, DealerPositioning.DEALERS_SHORT_CALLS_LONG_PUTS.sign(OptionType.PUT));
        assertEquals(1, DealerPositioning.DEALERS_LONG_ALL.sign(true));
        assertEquals(1, DealerPositioning.DEALERS_LONG_ALL.sign(false));
        assertEquals(-1, DealerPositioning.DEALERS_SHORT_ALL.sign(true));
        assertEquals(-1, DealerPositioning.DEALERS_SHORT_ALL.sign(false));
        assertEquals(DealerPositioning.DEALERS_LONG_CALLS_SHORT_PUTS, DealerPositioning.DEFAULT);
        assertEquals("dealers long calls, short puts", DealerPositioning.DEFAULT.label());
    }

    @Test
    void oppositeConventionMirrorsEveryMarketFigureAndLeavesTheOwnBookAlone() {
        OptionChain chain = StrikeGexTest.chain();
        ExposureReport a = ExposureCalculator.report(chain, DealerPositioning.DEALERS_LONG_CALLS_SHORT_PUTS,
                ExpiryFilter.all());
        ExposureReport b = ExposureCalculator.report(chain, DealerPositioning.DEALERS_SHORT_CALLS_LONG_PUTS,
                ExpiryFilter.all());
        for (int k = 0; k < a.strikes().size(); k++) {
            assertEquals(-a.strikes().callGexMarketUsd(k), b.strikes().callGexMarketUsd(k), 1e-9);
            assertEquals(-a.strikes().putGexMarketUsd(k), b.strikes().putGexMarketUsd(k), 1e-9);
            assertEquals(a.strikes().gexOwnUsd(k), b.strikes().gexOwnUsd(k));
        }
        assertEquals(-a.market().gexUsdPer1Pct(), b.market().gexUsdPer1Pct(), 1e-6);
        assertEquals(-a.market().vannaUsdPerVol(), b.market().vannaUsdPerVol(), 1e-6);
        assertEquals(-a.market().charmUsdPerDay(), b.market().charmUsdPerDay(), 1e-6);
        assertEquals(-a.market().deltaCoin(), b.market().deltaCoin(), 1e-9);
        assertEquals(a.own(), b.own());
    }

    @Test
    void longAllMakesEveryStrikePositiveAndShortAllNegative() {
        OptionChain chain = StrikeGexTest.chain();
        ExposureReport longAll = ExposureCalculator.report(chain, DealerPositioning.DEALERS_LONG_ALL,
                ExpiryFilter.all());
        ExposureReport shortAll = ExposureCalculator.report(chain, DealerPositioning.DEALERS_SHORT_ALL,
                ExpiryFilter.all());
        for (int k = 0; k < longAll.strikes().size(); k++) {
            assertTrue(longAll.strikes().netGexMarketUsd(k) > 0);
            assertEquals(-longAll.strikes().netGexMarketUsd(k), shortAll.strikes().netGexMarketUsd(k), 1e-9);
            assertEquals(longAll.strikes().netGexMarketUsd(k), longAll.strikes().grossGexMarketUsd(k), 1e-9);
        }
        assertEquals(DealerPositioning.DEALERS_LONG_ALL, longAll.positioning());
    }
}
