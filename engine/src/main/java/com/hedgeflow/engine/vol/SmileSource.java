package com.hedgeflow.engine.vol;

/** Where the vols behind a metric came from, so every number can say so on screen. */
public enum SmileSource {
    /** The quotes themselves, linear in total variance against log-moneyness between neighbouring strikes. */
    MARKET_INTERPOLATED,
    /** A raw SVI fit of the quotes. */
    SVI_FIT
}
