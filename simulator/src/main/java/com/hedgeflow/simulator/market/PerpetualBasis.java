package com.hedgeflow.simulator.market;

import java.util.SplittableRandom;

/**
 * The perpetual's premium over the index: a small mean-reverting rate around a slight contango, which is
 * also what funding is paid on. {@code interest_value} accumulates the funding paid since the venue opened.
 */
public final class PerpetualBasis {
    private static final double MEAN = 0.0001;
    private static final double REVERSION = 0.02;
    private static final double NOISE = 0.00004;
    /** Deribit quotes funding_8h as an 8-hour figure; the EMA smooths the tick-by-tick premium into it. */
    private static final double EIGHT_HOUR_EMA = 0.01;

    private final SplittableRandom rng;
    private final double tickSeconds;
    private double premium = MEAN;
    private double funding8h = MEAN;
    private double interestValue;

    public PerpetualBasis(long seed, double tickSeconds) {
        this.rng = RandomStreams.stream(seed, "perpetual");
        this.tickSeconds = tickSeconds;
    }

    public void step() {
        premium = premium + REVERSION * (MEAN - premium) + NOISE * RandomStreams.gaussian(rng);
        funding8h += EIGHT_HOUR_EMA * (premium - funding8h);
        interestValue += premium * tickSeconds / (8 * 3600.0);
    }

    public double premium() {
        return premium;
    }

    public double funding8h() {
        return funding8h;
    }

    public double interestValue() {
        return interestValue;
    }
}
