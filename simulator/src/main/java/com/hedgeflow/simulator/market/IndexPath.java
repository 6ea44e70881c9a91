package com.hedgeflow.simulator.market;

import com.hedgeflow.engine.pricing.YearFraction;
import java.util.SplittableRandom;

/**
 * The BTC index as geometric Brownian motion with no drift, one step per market tick. Each step covers
 * {@code tickSeconds * timeScale} model seconds, so a larger time scale makes moves visible faster.
 */
public final class IndexPath {
    private final SplittableRandom rng;
    private final double stepVol;
    private double level;

    public IndexPath(long seed, double start, double annualVol, double tickSeconds, double timeScale) {
        this.rng = RandomStreams.stream(seed, "index");
        double stepYears = tickSeconds * timeScale / YearFraction.SECONDS_PER_YEAR;
        this.stepVol = annualVol * Math.sqrt(stepYears);
        this.level = start;
    }

    public double level() {
        return level;
    }

    /** Advances one tick and returns the new level. */
    public double next() {
        double z = RandomStreams.gaussian(rng);
        level *= Math.exp(-0.5 * stepVol * stepVol + stepVol * z);
        return level;
    }
}
