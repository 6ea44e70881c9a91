package com.hedgeflow.engine.vol;

import java.util.Arrays;
import java.util.EnumSet;

/**
 * Fits raw SVI to one expiry's smile by weighted least squares on total variance, with Zeliade's
 * quasi-explicit split: for each (m, σ) the best admissible (a, b, ρ) is solved exactly by
 * {@link SviSliceSolver}, and only the two nonlinear parameters are searched, with Nelder–Mead. Searching two
 * dimensions instead of five is what makes the fit both fast and reliable: the inner problem is convex, so
 * the outer surface is smooth enough that a coarse grid plus a simplex finds the global minimum on real smiles.
 *
 * <p>The fit never hides a bad result: it always returns parameters, and flags them (see {@link SviFlag}).
 * Stateless and thread-safe.
 */
public final class SviFitter {

    /**
     * @param poorFitRmseVolPoints RMSE (vol points) above which a fit is flagged {@link SviFlag#POOR_FIT}
     * @param minPoints            distinct strikes below which a fit is flagged {@link SviFlag#TOO_FEW_POINTS}
     * @param butterflySamples     grid points for the g(k) check over the fitted range
     */
    public record Settings(double poorFitRmseVolPoints, int minPoints, int butterflySamples) {
        public static final Settings DEFAULT = new Settings(1.0, 5, 1001);

        public Settings {
            if (!(poorFitRmseVolPoints > 0)) {
                throw new IllegalArgumentException("poor-fit threshold must be positive: " + poorFitRmseVolPoints);
            }
            if (butterflySamples < 2) {
                throw new IllegalArgumentException("butterfly check needs at least 2 samples: " + butterflySamples);
            }
        }

        public Settings withPoorFitRmseVolPoints(double volPoints) {
            return new Settings(volPoints, minPoints, butterflySamples);
        }
    }

    private static final int GRID_M = 5;
    private static final double[] GRID_SIGMA = {0.03, 0.1, 0.3, 1.0};
    private static final int STARTS = 2;
    private static final int MAX_EVALUATIONS = 600;
    private static final double X_TOLERANCE = 1e-10;
    private static final double F_TOLERANCE_REL = 1e-12;
    private static final double F_TOLERANCE_ABS = 1e-28;

    private final Settings settings;

    public SviFitter() {
        this(Settings.DEFAULT);
    }

    public SviFitter(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public SviFit fit(Smile smile) {
        int n = smile.size();
        double[] k = new double[n];
        double[] w = new double[n];
        double[] weight = new double[n];
        double totalWeight = 0;
        double meanSquareW = 0;
        for (int i = 0; i < n; i++) {
            k[i] = smile.logMoneyness(i);
            w[i] = smile.totalVariance(i);
            weight[i] = smile.points().get(i).weight();
            totalWeight += weight[i];
        }
        if (!(totalWeight > 0)) {
            throw new IllegalArgumentException("every quote has zero weight: nothing to fit");
        }
        for (int i = 0; i < n; i++) {
            weight[i] /= totalWeight;
            meanSquareW += weight[i] * w[i] * w[i];
        }
        double kMin = k[0];
        double kMax = k[n - 1];
        // A single strike has no range; give the search a box of a sensible size anyway.
        double span = Math.max(kMax - kMin, 0.01);

        SviSliceSolver slice = new SviSliceSolver(k, w, weight);
        double sigmaMin = 1e-3 * span;
        double sigmaMax = 10 * span;
        double[] lower = {kMin - span, Math.log(sigmaMin)};
        double[] upper = {kMax + span, Math.log(sigmaMax)};
        NelderMead.Objective objective = x -> slice.solve(x[0], Math.exp(x[1]));

        // Coarse grid over (m, σ): the outer surface can have more than one basin, the simplex only finds one.
        double[][] starts = new double[STARTS][];
        double[] startValues = new double[STARTS];
        Arrays.fill(startValues, Double.POSITIVE_INFINITY);
        for (int i = 0; i < GRID_M; i++) {
            double m = kMin + span * i / (GRID_M - 1);
            for (double sigmaScale : GRID_SIGMA) {
                double[] x = {m, Math.log(sigmaScale * span)};
                double f = objective.value(x);
                insertBest(starts, startValues, x, f);
            }
        }
        if (starts[0] == null) {
            throw new IllegalStateException("SVI objective is not finite anywhere on the start grid: " + smile);
        }
        double[] step = {0.1 * span, 0.5};
        double fTolAbs = F_TOLERANCE_ABS * meanSquareW;
        NelderMead.Result best = null;
        for (double[] start : starts) {
            if (start == null) {
                // Fewer finite grid values than starts: only possible with a degenerate smile.
                continue;
            }
            NelderMead.Result r = NelderMead.minimize(objective, start, step, lower, upper, X_TOLERANCE,
                    F_TOLERANCE_REL, fTolAbs, MAX_EVALUATIONS);
            if (best == null || r.value() < best.value()) {
                best = r;
            }
        }
        // A fresh simplex at the optimum: Nelder–Mead can collapse early along a valley, a restart cures it cheaply.
        double[] smallStep = {0.01 * span, 0.05};
        NelderMead.Result polished = NelderMead.minimize(objective, best.x(), smallStep, lower, upper, X_TOLERANCE,
                F_TOLERANCE_REL, fTolAbs, MAX_EVALUATIONS);
        if (polished.value() <= best.value()) {
            best = polished;
        }

        double m = best.x()[0];
        double sigma = Math.exp(best.x()[1]);
        slice.solve(m, sigma);
        SviParameters parameters = slice.parameters(m, sigma);
        return describe(smile, parameters, k, kMin, kMax);
    }

    private SviFit describe(Smile smile, SviParameters parameters, double[] k, double kMin, double kMax) {
        int n = k.length;
        double sumSquares = 0;
        double maxError = 0;
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            double error = parameters.impliedVol(k[i], smile.years()) - smile.points().get(i).impliedVol();
            sumSquares += error * error;
            maxError = Math.max(maxError, Math.abs(error));
            if (i == 0 || k[i] != k[i - 1]) {
                distinct++;
            }
        }
        double rmse = Math.sqrt(sumSquares / n);
        ButterflyCheck butterfly = ButterflyCheck.of(parameters, kMin, kMax, settings.butterflySamples());
        EnumSet<SviFlag> flags = EnumSet.noneOf(SviFlag.class);
        if (100 * rmse > settings.poorFitRmseVolPoints()) {
            flags.add(SviFlag.POOR_FIT);
        }
        if (!butterfly.arbitrageFree()) {
            flags.add(SviFlag.BUTTERFLY_ARBITRAGE);
        }
        if (distinct < settings.minPoints()) {
            flags.add(SviFlag.TOO_FEW_POINTS);
        }
        return new SviFit(smile.years(), smile.forward(), parameters, n, kMin, kMax, rmse, maxError, butterfly, flags);
    }

    /** Keeps the best few starting points, best first. */
    private static void insertBest(double[][] starts, double[] values, double[] x, double f) {
        for (int i = 0; i < starts.length; i++) {
            if (f < values[i]) {
                for (int j = starts.length - 1; j > i; j--) {
                    starts[j] = starts[j - 1];
                    values[j] = values[j - 1];
                }
                starts[i] = x;
                values[i] = f;
                return;
            }
        }
    }
}
