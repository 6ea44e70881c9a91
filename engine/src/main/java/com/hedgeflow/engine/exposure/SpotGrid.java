package com.hedgeflow.engine.exposure;

/**
 * Evenly spaced hypothetical index prices, as relative shifts from the current index: {@code points} values
 * from {@code S·(1 + lowerShift)} to {@code S·(1 + upperShift)} inclusive.
 *
 * @param lowerShift e.g. -0.25 for 25% below the index; must be above -1
 * @param upperShift e.g. +0.25
 * @param points     at least 2; an odd count puts the current index on the grid
 */
public record SpotGrid(double lowerShift, double upperShift, int points) {

    public SpotGrid {
        if (!(lowerShift > -1) || !(upperShift > lowerShift) || Double.isInfinite(upperShift)) {
            throw new IllegalArgumentException("spot grid needs -1 < lower < upper, got " + lowerShift + ".."
                    + upperShift);
        }
        if (points < 2) {
            throw new IllegalArgumentException("spot grid needs at least 2 points, got " + points);
        }
    }

    /** ±{@code halfWidth} around the index, e.g. {@code symmetric(0.25, 201)}. */
    public static SpotGrid symmetric(double halfWidth, int points) {
        return new SpotGrid(-halfWidth, halfWidth, points);
    }

    /** The zero-gamma default: ±25% in 201 points (0.25% apart). */
    public static SpotGrid zeroGammaDefault() {
        return symmetric(0.25, 201);
    }

    /** The hedge-flow default: ±20% in 41 points (1% apart). */
    public static SpotGrid hedgeFlowDefault() {
        return symmetric(0.20, 41);
    }

    /** Relative shift of point {@code j}, e.g. -0.25 for the first point of the default grid. */
    public double shift(int j) {
        if (j == points - 1) {
            return upperShift; // exact end point, not lower + n·step with its rounding
        }
        return lowerShift + (upperShift - lowerShift) * j / (points - 1);
    }

    public double spotAt(int j, double spotUsd) {
        return spotUsd * (1 + shift(j));
    }
}
