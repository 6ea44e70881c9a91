package com.hedgeflow.engine.vol;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Smiles generated from known SVI slices, for fitter and metric tests. */
final class SviTestData {
    static final double FORWARD = 60_000;

    /** Gatheral–Jacquier (2014) §3.1 (Axel Vogt's slice): admissible, but g(k) < 0 around k ≈ 0.88. */
    static final SviParameters GATHERAL_JACQUIER_ARBITRAGE = new SviParameters(-0.0410, 0.1331, 0.3060, 0.3586, 0.4153);
    /** A BTC-like slice: put skew, moderate curvature, g(k) > 0.28 everywhere. */
    static final SviParameters CLEAN = new SviParameters(0.04, 0.1, -0.3, 0.0, 0.2);

    private SviTestData() {
    }

    /** {@code count} strikes even in log-moneyness over [kFrom, kTo], vols exactly on the slice plus noise. */
    static Smile smile(SviParameters svi, double years, double kFrom, double kTo, int count, double noiseVol,
                       long seed) {
        Random random = new Random(seed);
        List<SmilePoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double k = count == 1 ? kFrom : kFrom + (kTo - kFrom) * i / (count - 1);
            double vol = svi.impliedVol(k, years) + noiseVol * random.nextGaussian();
            points.add(SmilePoint.of(FORWARD * Math.exp(k), vol));
        }
        return new Smile(years, FORWARD, points);
    }

    static Smile exactSmile(SviParameters svi, double years, double kFrom, double kTo, int count) {
        return smile(svi, years, kFrom, kTo, count, 0.0, 0L);
    }

    /** A slice with a chosen minimum total variance, so generated sets are always admissible. */
    static SviParameters withMinVariance(double minVariance, double b, double rho, double m, double sigma) {
        return new SviParameters(minVariance - b * sigma * Math.sqrt(1 - rho * rho), b, rho, m, sigma);
    }
}
