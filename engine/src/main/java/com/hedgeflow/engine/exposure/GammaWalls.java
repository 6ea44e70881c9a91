package com.hedgeflow.engine.exposure;

import java.util.OptionalDouble;

/**
 * The strikes where market gamma concentrates (analytics.md §3.4), read from gamma exposure, never from open
 * interest: a far out-of-the-money strike with huge open interest carries little gamma.
 *
 * @param callWallUsd            strike with the largest positive call GEX; empty when the positioning leaves
 *                               no call strike with positive GEX (e.g. dealers short calls)
 * @param putWallUsd             strike with the most negative put GEX; empty when no put GEX is negative
 * @param absoluteGammaStrikeUsd strike with the largest gross |call GEX| + |put GEX|; empty with no gamma
 */
public record GammaWalls(OptionalDouble callWallUsd, OptionalDouble putWallUsd,
                         OptionalDouble absoluteGammaStrikeUsd) {

    public static GammaWalls of(StrikeGex gex) {
        int callWall = -1;
        int putWall = -1;
        int absolute = -1;
        for (int k = 0; k < gex.size(); k++) {
            double call = gex.callGexMarketUsd(k);
            double put = gex.putGexMarketUsd(k);
            if (call > 0 && (callWall < 0 || call > gex.callGexMarketUsd(callWall))) {
                callWall = k;
            }
            if (put < 0 && (putWall < 0 || put < gex.putGexMarketUsd(putWall))) {
                putWall = k;
            }
            double gross = gex.grossGexMarketUsd(k);
            if (gross > 0 && (absolute < 0 || gross > gex.grossGexMarketUsd(absolute))) {
                absolute = k;
            }
        }
        return new GammaWalls(strikeOf(gex, callWall), strikeOf(gex, putWall), strikeOf(gex, absolute));
    }

    private static OptionalDouble strikeOf(StrikeGex gex, int k) {
        return k < 0 ? OptionalDouble.empty() : OptionalDouble.of(gex.strikeUsd(k));
    }
}
