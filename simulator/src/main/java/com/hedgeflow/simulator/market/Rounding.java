package com.hedgeflow.simulator.market;

/** Price rounding to a tick, done in tick units to avoid 0.1+0.2 style residue in the JSON. */
public final class Rounding {
    private Rounding() {
    }

    public static double floorToTick(double price, double tick) {
        return clean(Math.floor(price / tick + 1e-9) * tick);
    }

    public static double ceilToTick(double price, double tick) {
        return clean(Math.ceil(price / tick - 1e-9) * tick);
    }

    public static double nearestTick(double price, double tick) {
        return clean(Math.round(price / tick) * tick);
    }

    public static double decimals(double value, int places) {
        double f = Math.pow(10, places);
        return Math.round(value * f) / f;
    }

    private static double clean(double v) {
        return Math.round(v * 1e8) / 1e8;
    }
}
