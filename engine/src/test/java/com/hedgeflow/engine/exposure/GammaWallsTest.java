package com.hedgeflow.engine.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Walls come from gamma, not open interest: the far strikes below hold the most contracts but, one week from
 * expiry, almost no gamma.
 */
class GammaWallsTest {
    private static final double S = 100_000;
    private static final double WEEK = 7 / 365.0;

    private static OptionChain chain() {
        return OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 140_000, WEEK, 1, 0.6, Settlement.INVERSE, 1, 20_000, 0) // max call OI
                .add(OptionType.CALL, 104_000, WEEK, 1, 0.6, Settlement.INVERSE, 1, 2_000, 0)
                .add(OptionType.CALL, 100_000, WEEK, 1, 0.6, Settlement.INVERSE, 1, 1_000, 0)
                .add(OptionType.PUT, 100_000, WEEK, 1, 0.6, Settlement.INVERSE, 1, 900, 0)
                .add(OptionType.PUT, 97_000, WEEK, 1, 0.6, Settlement.INVERSE, 1, 2_500, 0)
                .add(OptionType.PUT, 60_000, WEEK, 1, 0.6, Settlement.INVERSE, 1, 30_000, 0) // max put OI
                .build();
    }

    @Test
    void wallsAreTheStrikesWithTheMostGamma() {
        StrikeGex g = ExposureCalculator.report(chain()).strikes();
        GammaWalls walls = ExposureCalculator.report(chain()).walls();

        int callWall = argmax(g, k -> g.callGexMarketUsd(k));
        int putWall = argmax(g, k -> -g.putGexMarketUsd(k));
        int absolute = argmax(g, k -> Math.abs(g.callGexMarketUsd(k)) + Math.abs(g.putGexMarketUsd(k)));
        assertEquals(104_000, g.strikeUsd(callWall));
        assertEquals(97_000, g.strikeUsd(putWall));
        assertEquals(OptionalDouble.of(104_000), walls.callWallUsd());
        assertEquals(OptionalDouble.of(97_000), walls.putWallUsd());
        assertEquals(OptionalDouble.of(g.strikeUsd(absolute)), walls.absoluteGammaStrikeUsd());
        // Neither maximum-open-interest strike is a wall.
        assertTrue(walls.callWallUsd().getAsDouble() != 140_000);
        assertTrue(walls.putWallUsd().getAsDouble() != 60_000);
    }

    @Test
    void absoluteGammaAddsCallsAndPutsWithoutNetting() {
        // At 100k: 1,000 calls (+) and 900 puts (−) nearly cancel when netted but sum to the largest gross gamma.
        OptionChain chain = OptionChain.builder("BTC", S)
                .add(OptionType.CALL, 100_000, WEEK, 1, 0.6, Settlement.INVERSE, 1, 1_000, 0)
                .add(OptionType.PUT, 100_000, WEEK, 1, 0.6, Settlement.INVERSE, 1, 900, 0)
                .add(OptionType.CALL, 102_000, WEEK, 1, 0.6, Settlement.INVERSE, 1, 1_200, 0)
                .build();
        GammaWalls walls = ExposureCalculator.report(chain).walls();
        assertEquals(OptionalDouble.of(100_000), walls.absoluteGammaStrikeUsd());
        assertEquals(OptionalDouble.of(102_000), walls.callWallUsd());
        assertEquals(OptionalDouble.of(100_000), walls.putWallUsd());
    }

    @Test
    void wallsFollowThePositioningAndCanBeAbsent() {
        ExposureReport shortAll = ExposureCalculator.report(chain(), DealerPositioning.DEALERS_SHORT_ALL,
                ExpiryFilter.all());
        assertTrue(shortAll.walls().callWallUsd().isEmpty(), "no call strike has positive GEX");
        assertEquals(OptionalDouble.of(97_000), shortAll.walls().putWallUsd());

        ExposureReport longAll = ExposureCalculator.report(chain(), DealerPositioning.DEALERS_LONG_ALL,
                ExpiryFilter.all());
        assertTrue(longAll.walls().putWallUsd().isEmpty(), "no put strike has negative GEX");

        GammaWalls none = ExposureCalculator.report(OptionChain.builder("BTC", S).build()).walls();
        assertTrue(none.callWallUsd().isEmpty() && none.putWallUsd().isEmpty()
                && none.absoluteGammaStrikeUsd().isEmpty());
    }

    private static int argmax(StrikeGex g, java.util.function.IntToDoubleFunction f) {
        int best = 0;
        for (int k = 1; k < g.size(); k++) {
            if (f.applyAsDouble(k) > f.applyAsDouble(best)) {
                best = k;
            }
        }
        return best;
    }
}
