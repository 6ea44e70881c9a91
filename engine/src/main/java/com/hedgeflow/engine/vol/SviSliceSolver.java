package com.hedgeflow.engine.vol;

/**
 * The inner step of the quasi-explicit SVI calibration (Zeliade Systems 2009, "Quasi-explicit calibration of
 * Gatheral's SVI model"). With m and σ fixed and {@code y = (k − m)/σ}, raw SVI is linear in three unknowns:
 * {@code w = a + d·y + c·√(y² + 1)} with {@code c = b·σ} and {@code d = ρ·b·σ}. The weighted least-squares
 * problem in (a, c, d) is then a convex quadratic over a convex set, solved exactly here:
 *
 * <ul>
 *   <li>a is free, so it is eliminated in closed form ({@code a = w̄ − c·s̄ − d·ȳ}) and the problem becomes a
 *       2-D quadratic in (c, d) over a quadrilateral: {@code |d| ≤ ρmax·c} (b ≥ 0, |ρ| &lt; 1) and
 *       {@code c + |d| ≤ 2σ}, Roger Lee's moment bound b(1 + |ρ|) ≤ 2 on total-variance wing slopes, which keeps
 *       the fitted wings from implying infinite moments. Its minimum is the interior stationary point when that
 *       lies inside, otherwise the best point on the four edges (each a clamped 1-D quadratic).</li>
 *   <li>The remaining constraint, non-negative minimum variance {@code a + √(c² − d²) ≥ 0}, is convex but not
 *       linear. When the polygon optimum breaks it, the constrained optimum lies on its boundary
 *       {@code a = −c·√(1 − ρ²)}; there the model is {@code c·(ρy + s − √(1 − ρ²))}, linear in c for each ρ, so
 *       a 1-D search over ρ with c in closed form finds it. Zeliade impose {@code a ≥ 0} instead, which is
 *       simpler but rejects valid smiles with negative a (such as Gatheral–Jacquier's examples).</li>
 * </ul>
 *
 * Everything after one pass over the quotes works on weighted moments, so an evaluation costs a few dozen
 * square roots. Not thread-safe: one instance per fit.
 */
final class SviSliceSolver {
    static final double RHO_MAX = 1 - 1e-6;
    private static final int RHO_SCAN = 24;
    private static final double GOLDEN = 0.5 * (Math.sqrt(5) - 1);

    private final double[] k;
    private final double[] w;
    private final double[] weight;
    private final double[] y;
    private final double[] s;
    private final double meanW;

    // Solution of the last solve(m, sigma).
    private double a;
    private double c;
    private double d;

    // Raw weighted moments of the last solve, used on the min-variance boundary.
    private double my;
    private double ms;
    private double myy;
    private double mys;
    private double myw;
    private double msw;
    private double mww;

    /** @param weight non-negative, summing to 1 */
    SviSliceSolver(double[] k, double[] w, double[] weight) {
        this.k = k;
        this.w = w;
        this.weight = weight;
        this.y = new double[k.length];
        this.s = new double[k.length];
        double sum = 0;
        for (int i = 0; i < k.length; i++) {
            sum += weight[i] * w[i];
        }
        this.meanW = sum;
    }

    /** Solves for (a, c, d) at fixed (m, σ) and returns the weighted sum of squared total-variance residuals. */
    double solve(double m, double sigma) {
        int n = k.length;
        double ybar = 0;
        double sbar = 0;
        for (int i = 0; i < n; i++) {
            double yi = (k[i] - m) / sigma;
            double si = Math.sqrt(yi * yi + 1);
            y[i] = yi;
            s[i] = si;
            ybar += weight[i] * yi;
            sbar += weight[i] * si;
        }
        // Centred sums keep the 2x2 system well conditioned when y is large (σ small against the strike range).
        double syy = 0;
        double sss = 0;
        double sys = 0;
        double syw = 0;
        double ssw = 0;
        for (int i = 0; i < n; i++) {
            double yc = y[i] - ybar;
            double sc = s[i] - sbar;
            double wc = w[i] - meanW;
            double wi = weight[i];
            syy += wi * yc * yc;
            sss += wi * sc * sc;
            sys += wi * yc * sc;
            syw += wi * yc * wc;
            ssw += wi * sc * wc;
        }
        solvePolygon(sigma, sss, sys, syy, ssw, syw);
        a = meanW - c * sbar - d * ybar;
        if (a + Math.sqrt(Math.max(c * c - d * d, 0)) < 0) {
            raw(ybar, sbar);
            solveOnMinVarianceBoundary(sigma);
        }
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = a + d * y[i] + c * s[i] - w[i];
            sse += weight[i] * r * r;
        }
        return sse;
    }

    /** The SVI parameters of the last solve at this (m, σ). */
    SviParameters parameters(double m, double sigma) {
        double b = c / sigma;
        double rho = c > 0 ? Math.max(-RHO_MAX, Math.min(RHO_MAX, d / c)) : 0.0;
        // Recompute a from the rounded (b, ρ) so that the minimum variance stays >= 0 exactly on the boundary.
        double minA = -b * sigma * Math.sqrt(1 - rho * rho);
        return new SviParameters(Math.max(a, minA), b, rho, m, sigma);
    }

    private void solvePolygon(double sigma, double sss, double sys, double syy, double ssw, double syw) {
        // F(c, d) = sss·c² + 2·sys·c·d + syy·d² − 2·ssw·c − 2·syw·d (constant dropped).
        double det = sss * syy - sys * sys;
        if (det > 1e-12 * sss * syy) {
            double c0 = (ssw * syy - syw * sys) / det;
            double d0 = (syw * sss - ssw * sys) / det;
            if (Math.abs(d0) <= RHO_MAX * c0 && c0 + Math.abs(d0) <= 2 * sigma) {
                c = c0;
                d = d0;
                return;
            }
        }
        double cr = 2 * sigma / (1 + RHO_MAX);
        double[] vc = {0, cr, 2 * sigma, cr};
        double[] vd = {0, -RHO_MAX * cr, 0, RHO_MAX * cr};
        double bestF = Double.POSITIVE_INFINITY;
        for (int e = 0; e < 4; e++) {
            double pc = vc[e];
            double pd = vd[e];
            double dc = vc[(e + 1) % 4] - pc;
            double dd = vd[(e + 1) % 4] - pd;
            double f0 = sss * pc * pc + 2 * sys * pc * pd + syy * pd * pd - 2 * ssw * pc - 2 * syw * pd;
            double g = 2 * (sss * pc * dc + sys * (pc * dd + pd * dc) + syy * pd * dd) - 2 * (ssw * dc + syw * dd);
            double h = sss * dc * dc + 2 * sys * dc * dd + syy * dd * dd;
            double t = h > 0 ? Math.min(1, Math.max(0, -g / (2 * h))) : (g < 0 ? 1 : 0);
            double f = f0 + t * g + t * t * h;
            if (f < bestF) {
                bestF = f;
                c = pc + t * dc;
                d = pd + t * dd;
            }
        }
    }

    private void raw(double ybar, double sbar) {
        my = ybar;
        ms = sbar;
        myy = 0;
        mys = 0;
        myw = 0;
        msw = 0;
        mww = 0;
        for (int i = 0; i < k.length; i++) {
            double wi = weight[i];
            myy += wi * y[i] * y[i];
            mys += wi * y[i] * s[i];
            myw += wi * y[i] * w[i];
            msw += wi * s[i] * w[i];
            mww += wi * w[i] * w[i];
        }
    }

    /** Minimises over ρ on the boundary a = −c·√(1 − ρ²), c optimal in closed form for each ρ. */
    private void solveOnMinVarianceBoundary(double sigma) {
        double bestRho = 0;
        double bestF = Double.POSITIVE_INFINITY;
        double step = 2 * RHO_MAX / RHO_SCAN;
        for (int j = 0; j <= RHO_SCAN; j++) {
            double rho = -RHO_MAX + j * step;
            double f = boundaryObjective(rho, sigma);
            if (f < bestF) {
                bestF = f;
                bestRho = rho;
            }
        }
        // Golden-section refinement inside the neighbouring scan cells.
        double lo = Math.max(-RHO_MAX, bestRho - step);
        double hi = Math.min(RHO_MAX, bestRho + step);
        double x1 = hi - GOLDEN * (hi - lo);
        double x2 = lo + GOLDEN * (hi - lo);
        double f1 = boundaryObjective(x1, sigma);
        double f2 = boundaryObjective(x2, sigma);
        while (hi - lo > 1e-10) {
            if (f1 <= f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - GOLDEN * (hi - lo);
                f1 = boundaryObjective(x1, sigma);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + GOLDEN * (hi - lo);
                f2 = boundaryObjective(x2, sigma);
            }
        }
        double rho = f1 <= f2 ? x1 : x2;
        if (Math.min(f1, f2) > bestF) {
            rho = bestRho;
        }
        double cStar = boundaryC(rho, sigma);
        c = cStar;
        d = rho * cStar;
        a = -cStar * Math.sqrt(1 - rho * rho);
    }

    private double boundaryC(double rho, double sigma) {
        double q = Math.sqrt(1 - rho * rho);
        double suw = rho * myw + msw - q * meanW;
        double suu = rho * rho * myy + (myy + 1) + q * q + 2 * rho * mys - 2 * rho * q * my - 2 * q * ms;
        double cMax = 2 * sigma / (1 + Math.abs(rho));
        return suu > 0 ? Math.min(cMax, Math.max(0, suw / suu)) : 0;
    }

    private double boundaryObjective(double rho, double sigma) {
        double q = Math.sqrt(1 - rho * rho);
        double suw = rho * myw + msw - q * meanW;
        double suu = rho * rho * myy + (myy + 1) + q * q + 2 * rho * mys - 2 * rho * q * my - 2 * q * ms;
        double cMax = 2 * sigma / (1 + Math.abs(rho));
        double cc = suu > 0 ? Math.min(cMax, Math.max(0, suw / suu)) : 0;
        return cc * cc * suu - 2 * cc * suw + mww;
    }
}
