package com.hedgeflow.engine.backtest;

/**
 * The backtest's fixed generator, so that a seed means the same paths on every machine, JDK, thread count and
 * policy (common random numbers): path {@code p} of seed {@code s} runs SplitMix64 (Steele, Lea &amp; Flood 2014,
 * the generator behind {@link java.util.SplittableRandom}) from the state {@code mix64(s + (p+1)·φ)}, φ the golden
 * gamma 0x9e3779b97f4a7c15; uniforms take the top 53 bits; normals come in pairs from Marsaglia's polar method
 * (exact: no table or approximation). One instance serves a whole chunk of paths and allocates nothing.
 */
final class PathRandom {
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private long state;
    private double spare;
    private boolean hasSpare;

    /** Start path {@code path} of {@code seed}. */
    void startPath(long seed, long path) {
        state = mix64(seed + (path + 1) * GOLDEN);
        hasSpare = false;
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Uniform on [0, 1). */
    double uniform() {
        state += GOLDEN;
        return (mix64(state) >>> 11) * 0x1.0p-53;
    }

    /** Standard normal. */
    double normal() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * f;
        hasSpare = true;
        return u * f;
    }
}
