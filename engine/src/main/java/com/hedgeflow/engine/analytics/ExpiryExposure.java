package com.hedgeflow.engine.analytics;

import com.hedgeflow.engine.exposure.ExposureReport;
import com.hedgeflow.engine.exposure.GammaProfile;
import java.time.Instant;
import java.util.Objects;

/**
 * One expiry's share of the gamma figures: its exposure report (GEX per strike, walls, totals) and its own
 * gamma profile and zero-gamma levels, under the same positioning as the all-expiry figures. Summed over every
 * expiry, the per-strike and total GEX give back the all-expiry figures.
 *
 * @param expiry when the options expire
 * @param years  ACT/365 years to expiry as the chain holds them (the key of the expiry filter)
 */
public record ExpiryExposure(Instant expiry, double years, ExposureReport exposure, GammaProfile gamma) {
    public ExpiryExposure {
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(gamma, "gamma");
    }
}
