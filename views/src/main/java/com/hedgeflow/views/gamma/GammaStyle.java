package com.hedgeflow.views.gamma;

import com.hedgeflow.views.chart.ChartColors;
import com.hedgeflow.views.chart.Marker;
import javafx.scene.paint.Color;

/** Colour and dash of each level line, shared by both gamma charts so that a level looks the same in each. */
final class GammaStyle {

    /** Left and right gutters of both charts: equal, so that one strike is one x pixel in both. */
    static final double LEFT = 70;
    static final double RIGHT = 64;

    private GammaStyle() {
    }

    static Marker marker(GammaLevel level, ChartColors c) {
        switch (level.kind()) {
            case SPOT:
                return new Marker(level.usd(), level.caption(), c.fg);
            case MARKET_FLIP:
                return new Marker(level.usd(), level.caption(), c.warn, 6, 4);
            case OWN_FLIP:
                return new Marker(level.usd(), level.caption(), c.accent, 6, 4);
            case CALL_WALL:
                return new Marker(level.usd(), level.caption(), c.up, 2, 3);
            default:
                return new Marker(level.usd(), level.caption(), c.down, 2, 3);
        }
    }

    static Color callBar(ChartColors c) {
        return ChartColors.alpha(c.up, 0.72);
    }

    static Color putBar(ChartColors c) {
        return ChartColors.alpha(c.down, 0.72);
    }
}
