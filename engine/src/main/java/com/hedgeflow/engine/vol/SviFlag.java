package com.hedgeflow.engine.vol;

/** What is wrong with an SVI fit. A flagged fit is still returned, so a screen can show it and say why. */
public enum SviFlag {
    /** RMSE in vol above the fitter's threshold (1 vol point by default): downstream signals should not trust it. */
    POOR_FIT,
    /** Gatheral's density function g(k) is negative somewhere on the fitted strike range. */
    BUTTERFLY_ARBITRAGE,
    /** Fewer distinct strikes than SVI has parameters (5): the fit is not determined by the data. */
    TOO_FEW_POINTS
}
