package com.hedgeflow.engine.hedging;

import java.time.Duration;

/**
 * What semi-automatic mode may do on its own for one underlying (risk-controls.md PT-10).
 *
 * @param maxNotionalUsdPerOrder above this a hedge waits for a person
 * @param maxHedgesPerWindow     one more automatic hedge than this within {@code window} turns automatic mode
 *                               off until a person turns it back on (6 a minute by default)
 */
public record AutoLimits(double maxNotionalUsdPerOrder, int maxHedgesPerWindow, Duration window) {
    public AutoLimits {
        if (!(maxNotionalUsdPerOrder > 0) || maxHedgesPerWindow < 1 || window == null || window.isNegative()
                || window.isZero()) {
            throw new IllegalArgumentException("auto limits need a positive notional, at least one hedge and a"
                    + " positive window, got " + maxNotionalUsdPerOrder + ", " + maxHedgesPerWindow + ", " + window);
        }
    }

    public static AutoLimits standard(double maxNotionalUsdPerOrder) {
        return new AutoLimits(maxNotionalUsdPerOrder, 6, Duration.ofMinutes(1));
    }
}
