package com.hedgeflow.simulator.market;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed by name. Naming the streams (instead of splitting one
 * generator in order) keeps the index path unchanged when another part of the model starts drawing numbers.
 */
public final class RandomStreams {
    private RandomStreams() {
    }

    public static SplittableRandom stream(long seed, String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return new SplittableRandom(seed ^ h);
    }

    /**
     * Box-Muller on our own rather than {@code nextGaussian()}, whose algorithm the JDK may change between
     * releases: a seed must give the same path on every JVM.
     */
    public static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        while (u1 <= Double.MIN_NORMAL) {
            u1 = rng.nextDouble();
        }
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
