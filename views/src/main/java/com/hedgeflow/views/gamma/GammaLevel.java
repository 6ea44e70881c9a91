package com.hedgeflow.views.gamma;

/**
 * A price level drawn as a vertical line on the gamma charts.
 *
 * @param caption the words on the chart, e.g. "CALL WALL 100k"
 */
public record GammaLevel(Kind kind, double usd, String caption) {

    /** What the level is; the charts pick colour and dash from it. */
    public enum Kind {
        SPOT, MARKET_FLIP, OWN_FLIP, CALL_WALL, PUT_WALL
    }
}
