package com.hedgeflow.simulator.market;

import java.util.SplittableRandom;

/**
 * Implied vol by expiry and log-moneyness: {@code atm(T) + skew(T)·k + curvature(T)·k²} with
 * {@code k = ln(K/F)}. Skew and curvature are fixed in units of standard deviations, so in k they steepen
 * as {@code 1/√T} and {@code 1/T}: short expiries get the sharp smile crypto desks see. The whole surface
 * moves with a slow mean-reverting level and against spot returns (spot down, vol up).
 */
public final class VolSurface {
    private static final double ATM_BASE = 0.52;
    private static final double ATM_TERM = 0.05;
    /** Put skew per standard deviation of moneyness. */
    private static final double SKEW_PER_SD = -0.04;
    private static final double CURVATURE_PER_SD2 = 0.015;
    /** Keeps expiring options from producing absurd wings. */
    private static final double MIN_YEARS = 2.0 / 365.0;
    private static final double MIN_VOL = 0.15;
    private static final double MAX_VOL = 2.5;

    private static final double LEVEL_REVERSION = 0.01;
    private static final double LEVEL_NOISE = 0.0015;
    private static final double SPOT_VOL_BETA = 0.3;

    private final SplittableRandom rng;
    private double levelShift;

    public VolSurface(long seed) {
        this.rng = RandomStreams.stream(seed, "vol");
    }

    /** Moves the level for one tick, given that tick's index log return. */
    public void step(double indexLogReturn) {
        levelShift = levelShift * (1 - LEVEL_REVERSION) + LEVEL_NOISE * RandomStreams.gaussian(rng)
                - SPOT_VOL_BETA * indexLogReturn;
        levelShift = Math.max(-0.2, Math.min(0.3, levelShift));
    }

    public double atmVol(double years) {
        return ATM_BASE + ATM_TERM * Math.sqrt(Math.min(Math.max(years, 0), 1.0)) + levelShift;
    }

    public double vol(double years, double forward, double strike) {
        double t = Math.max(years, MIN_YEARS);
        double atm = atmVol(t);
        double k = Math.log(strike / forward);
        double skew = SKEW_PER_SD / Math.sqrt(t);
        double curvature = CURVATURE_PER_SD2 / (atm * t);
        double vol = atm + skew * k + curvature * k * k;
        return Math.max(MIN_VOL, Math.min(MAX_VOL, vol));
    }
}
