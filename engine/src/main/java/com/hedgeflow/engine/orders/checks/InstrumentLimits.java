package com.hedgeflow.engine.orders.checks;

/**
 * Size limits of one instrument, in its venue units (USD for inverse perpetuals, coin for linear ones).
 *
 * @param maxOrderSizeSoft above this a person must confirm; automatic sends stop (PT-01: 1× the normal clip)
 * @param maxOrderSizeHard never above this (PT-01: 2× the normal clip)
 * @param maxPosition      the largest absolute position the hedger may build (PT-04)
 * @param typicalSize      the normal clip, the fat-finger yardstick until enough orders have gone out (0: none)
 */
public record InstrumentLimits(double maxOrderSizeSoft, double maxOrderSizeHard, double maxPosition,
                               double typicalSize) {
    public InstrumentLimits {
        if (!(maxOrderSizeSoft > 0) || !(maxOrderSizeHard >= maxOrderSizeSoft) || !(maxPosition > 0)
                || !(typicalSize >= 0)) {
            throw new IllegalArgumentException("instrument limits need 0 < soft <= hard order size, a positive"
                    + " position limit and a typical size >= 0, got soft=" + maxOrderSizeSoft + " hard="
                    + maxOrderSizeHard + " position=" + maxPosition + " typical=" + typicalSize);
        }
    }
}
