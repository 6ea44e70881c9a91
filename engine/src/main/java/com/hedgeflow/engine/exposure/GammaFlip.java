package com.hedgeflow.engine.exposure;

import java.util.OptionalDouble;

/**
 * Where one side's total dollar gamma changes sign on the searched grid.
 *
 * <p>{@link #levelUsd()} is the crossing nearest the current index (the one a trader watches); all crossings
 * are kept because a chain with a put wing and a call wing of opposite signs can flip more than once.
 */
public final class GammaFlip {
    private static final GammaFlip NO_GAMMA = new GammaFlip(FlipStatus.NO_GAMMA, new double[0], Double.NaN);
    private static final GammaFlip NONE = new GammaFlip(FlipStatus.NONE_IN_RANGE, new double[0], Double.NaN);

    private final FlipStatus status;
    private final double[] crossingsUsd;
    private final double levelUsd;

    private GammaFlip(FlipStatus status, double[] crossingsUsd, double levelUsd) {
        this.status = status;
        this.crossingsUsd = crossingsUsd;
        this.levelUsd = levelUsd;
    }

    static GammaFlip noGamma() {
        return NO_GAMMA;
    }

    static GammaFlip noneInRange() {
        return NONE;
    }

    /** @param crossingsUsd ascending, at least one */
    static GammaFlip found(double[] crossingsUsd, double spotUsd) {
        double nearest = crossingsUsd[0];
        for (double c : crossingsUsd) {
            if (Math.abs(c - spotUsd) < Math.abs(nearest - spotUsd)) {
                nearest = c;
            }
        }
        return new GammaFlip(FlipStatus.FOUND, crossingsUsd, nearest);
    }

    public FlipStatus status() {
        return status;
    }

    /** The zero-gamma index level nearest the current index, USD; empty unless {@link FlipStatus#FOUND}. */
    public OptionalDouble levelUsd() {
        return status == FlipStatus.FOUND ? OptionalDouble.of(levelUsd) : OptionalDouble.empty();
    }

    /** Every sign change in the grid, refined, ascending, USD. */
    public double[] crossingsUsd() {
        return crossingsUsd.clone();
    }

    @Override
    public String toString() {
        return status == FlipStatus.FOUND ? "zero gamma at " + levelUsd : status.toString();
    }
}
