package com.hedgeflow.engine.vol;

/**
 * Nelder–Mead simplex minimiser (Nelder &amp; Mead 1965, standard coefficients 1, 2, ½, ½) inside a box. Points
 * that leave the box are projected back onto it, which keeps every evaluation admissible without penalty
 * terms that would distort the objective near the bounds. Derivative-free because the objective it serves
 * (the SVI inner least squares, whose active constraints change with the point) has kinks.
 */
final class NelderMead {
    interface Objective {
        double value(double[] x);
    }

    record Result(double[] x, double value, int evaluations) {
    }

    private NelderMead() {
    }

    /**
     * @param step     initial simplex edge along each axis
     * @param xTol     stop when every vertex is within this distance (per axis) of the best one
     * @param fTolRel  stop also when the spread of values is within {@code fTolRel·|best| + fTolAbs}
     */
    static Result minimize(Objective f, double[] start, double[] step, double[] lower, double[] upper,
                           double xTol, double fTolRel, double fTolAbs, int maxEvaluations) {
        int n = start.length;
        double[][] x = new double[n + 1][n];
        double[] fx = new double[n + 1];
        project(start, lower, upper, x[0]);
        fx[0] = f.value(x[0]);
        int evaluations = 1;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x[0], 0, x[i + 1], 0, n);
            double up = x[0][i] + step[i];
            // Step inwards when the start sits on the upper bound, so the simplex never starts flat.
            x[i + 1][i] = up <= upper[i] ? up : Math.max(lower[i], x[0][i] - step[i]);
            fx[i + 1] = f.value(x[i + 1]);
            evaluations++;
        }
        double[] centroid = new double[n];
        double[] reflected = new double[n];
        double[] trial = new double[n];
        int[] order = new int[n + 1];
        while (true) {
            sortIndices(fx, order);
            int best = order[0];
            int worst = order[n];
            int secondWorst = order[n - 1];
            if (evaluations >= maxEvaluations || converged(x, fx, best, xTol, fTolRel, fTolAbs)) {
                return new Result(x[best].clone(), fx[best], evaluations);
            }
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int i = 0; i <= n; i++) {
                    if (i != worst) {
                        sum += x[i][j];
                    }
                }
                centroid[j] = sum / n;
            }
            moveFrom(centroid, x[worst], -1.0, lower, upper, reflected);
            double fr = f.value(reflected);
            evaluations++;
            if (fr < fx[best]) {
                moveFrom(centroid, x[worst], -2.0, lower, upper, trial);
                double fe = f.value(trial);
                evaluations++;
                if (fe < fr) {
                    accept(x, fx, worst, trial, fe);
                } else {
                    accept(x, fx, worst, reflected, fr);
                }
            } else if (fr < fx[secondWorst]) {
                accept(x, fx, worst, reflected, fr);
            } else {
                boolean outside = fr < fx[worst];
                // Contract towards the better of the reflected point and the worst vertex.
                moveFrom(centroid, outside ? reflected : x[worst], 0.5, lower, upper, trial);
                double fc = f.value(trial);
                evaluations++;
                if (outside ? fc <= fr : fc < fx[worst]) {
                    accept(x, fx, worst, trial, fc);
                } else {
                    for (int i = 0; i <= n; i++) {
                        if (i != best) {
                            for (int j = 0; j < n; j++) {
                                x[i][j] = x[best][j] + 0.5 * (x[i][j] - x[best][j]);
                            }
                            fx[i] = f.value(x[i]);
                            evaluations++;
                        }
                    }
                }
            }
        }
    }

    /** {@code out = centroid + t·(towards − centroid)}, projected into the box. */
    private static void moveFrom(double[] centroid, double[] towards, double t, double[] lower, double[] upper,
                                 double[] out) {
        for (int j = 0; j < centroid.length; j++) {
            out[j] = Math.min(upper[j], Math.max(lower[j], centroid[j] + t * (towards[j] - centroid[j])));
        }
    }

    private static void project(double[] in, double[] lower, double[] upper, double[] out) {
        for (int j = 0; j < in.length; j++) {
            out[j] = Math.min(upper[j], Math.max(lower[j], in[j]));
        }
    }

    private static void accept(double[][] x, double[] fx, int index, double[] point, double value) {
        System.arraycopy(point, 0, x[index], 0, point.length);
        fx[index] = value;
    }

    private static boolean converged(double[][] x, double[] fx, int best, double xTol, double fTolRel,
                                     double fTolAbs) {
        double spread = 0;
        double size = 0;
        for (int i = 0; i < x.length; i++) {
            spread = Math.max(spread, fx[i] - fx[best]);
            for (int j = 0; j < x[i].length; j++) {
                size = Math.max(size, Math.abs(x[i][j] - x[best][j]));
            }
        }
        return size <= xTol || spread <= fTolRel * Math.abs(fx[best]) + fTolAbs;
    }

    private static void sortIndices(double[] values, int[] order) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 1; i < order.length; i++) {
            int current = order[i];
            int j = i - 1;
            while (j >= 0 && values[order[j]] > values[current]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = current;
        }
    }
}
