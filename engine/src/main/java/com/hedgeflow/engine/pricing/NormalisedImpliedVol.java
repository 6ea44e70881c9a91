package com.hedgeflow.engine.pricing;

/**
 * Inverts the normalised Black function (see {@link NormalisedBlack}) for s = σ√T, after P. Jäckel, "Let's be
 * rational" (Wilmott, 2015).
 *
 * <p>The tangent to b(s) at its inflexion point s_c = √(2|x|) meets zero at s_l and the maximum e^{x/2} at s_u;
 * b(s_l), b(s_c), b(s_u) split the prices into four branches. Each branch gets a starting point from a rational
 * cubic interpolant of a function that is nearly linear in the price there (s itself in the two middle branches;
 * in the lowest, the small-vol asymptote (2π|x|/3√3)·N(−|x|/(√3 s))³ of b; in the highest, N(−s/2)), then
 * Householder steps of third order on an objective that is nearly linear in s on that branch: b − β in the middle,
 * 1/ln β − 1/ln b in the lowest (where b behaves like exp(−x²/2s²)), ln(b_max − β) − ln(b_max − b) in the highest.
 * Starting points land within 1% of s in the middle branches and within 10% (typically 2%, far better deep in
 * the asymptotic regimes) in the outer ones; with quartic convergence two steps then reach machine precision, and a
 * third, taken when the second still moved s by more than 1e-7, only confirms it. Measured over millions of random
 * inputs: two to five evaluations of b per solve (b(s_c), one of b(s_l) or b(s_u), one to three iterations), never
 * more than {@link #MAX_EVALUATIONS}, which the iteration budget enforces.
 */
final class NormalisedImpliedVol {
    static final int MAX_EVALUATIONS = 10;
    /**
     * A step this small (relative) leaves an error of order its fourth power, far below rounding: Householder(3)
     * converges quartically. The step is still taken.
     */
    private static final double CONVERGED = 1e-7;
    private static final double INV_SQRT_2PI = NormalisedBlack.INV_SQRT_2PI;
    private static final double TWO_PI_OVER_THREE_SQRT3 = 2 * Math.PI / (3 * Math.sqrt(3));
    private static final double INV_SQRT3 = 1 / Math.sqrt(3);

    private static final int LOWEST = 0;
    private static final int MIDDLE = 1;
    private static final int HIGHEST = 2;

    private NormalisedImpliedVol() {
    }

    /**
     * The s with b(x, s) = β, for x ≤ 0 and 0 &lt; β &lt; e^{x/2}. {@code complement} is e^{x/2} − β, which the
     * caller can compute from the unnormalised price without the cancellation a subtraction here would suffer.
     */
    static double totalVol(double x, double beta, double complement, EvaluationCounter counter) {
        double bMax = Math.exp(0.5 * x);
        double sC = Math.sqrt(-2 * x);
        double bC = 0.0;
        if (x < 0) {
            counter.count();
            // At s_c the Gaussian factor exp(−(h² + t²)/2) is exactly e^{x/2}.
            bC = bMax * NormalisedBlack.scaledValue(x / sC, 0.5 * sC);
        }
        double vC = INV_SQRT_2PI * bMax;
        int budget = MAX_EVALUATIONS - (x < 0 ? 2 : 1);
        if (beta < bC) {
            double sL = sC - bC / vC;
            counter.count();
            double hL = x / sL;
            double tL = 0.5 * sL;
            double gaussL = Math.exp(-0.5 * (hL * hL + tL * tL));
            double bL = gaussL * NormalisedBlack.scaledValue(hL, tL);
            double vL = INV_SQRT_2PI * gaussL;
            if (beta < bL) {
                double start = lowestStart(x, beta, sL, bL, vL);
                return polish(LOWEST, x, beta, complement, bMax, start, 0.0, sL, budget, counter);
            }
            // s'' = −b''/b'³ vanishes at the inflexion point.
            double r = RationalCubic.controlForRightCurvature(bL, bC, sL, sC, 1 / vL, 1 / vC, 0.0);
            double start = RationalCubic.value(beta, bL, bC, sL, sC, 1 / vL, 1 / vC, r);
            return polish(MIDDLE, x, beta, complement, bMax, start, sL, sC, budget, counter);
        }
        double sU = sC + (bMax - bC) / vC;
        counter.count();
        double hU = x / sU;
        double tU = 0.5 * sU;
        double gaussU = Math.exp(-0.5 * (hU * hU + tU * tU));
        double cU = gaussU * NormalisedBlack.scaledComplement(hU, tU);
        double bU = bMax - cU;
        double vU = INV_SQRT_2PI * gaussU;
        if (beta <= bU) {
            double r = RationalCubic.controlForLeftCurvature(bC, bU, sC, sU, 1 / vC, 1 / vU, 0.0);
            double start = RationalCubic.value(beta, bC, bU, sC, sU, 1 / vC, 1 / vU, r);
            return polish(MIDDLE, x, beta, complement, bMax, start, sC, sU, budget, counter);
        }
        double start = highestStart(x, complement, sU, cU, vU);
        return polish(HIGHEST, x, beta, complement, bMax, start, sU, Double.POSITIVE_INFINITY, budget, counter);
    }

    /**
     * Interpolates f = (2π|x|/3√3)·N(z)³, z = −|x|/(√3 s), as a function of the price on [0, b_l]: f ≈ β near
     * zero (the asymptote's slope is one), and value, slope and curvature match the exact curve at b_l.
     */
    private static double lowestStart(double x, double beta, double sL, double bL, double vL) {
        double ax = -x;
        double scale = TWO_PI_OVER_THREE_SQRT3 * ax;
        double z = -ax * INV_SQRT3 / sL;
        double pdf = Normal.pdf(z);
        double cdf = Normal.cdf(z, pdf);
        double dz = -z / sL;
        double d2z = 2 * z / (sL * sL);
        double f = scale * cdf * cdf * cdf;
        double fS = 3 * scale * cdf * cdf * pdf * dz;
        double fSS = 3 * scale * (cdf * pdf * dz * dz * (2 * pdf - z * cdf) + cdf * cdf * pdf * d2z);
        double bSSoverBS = ax * ax / (sL * sL * sL) - 0.25 * sL;
        double slope = fS / vL;
        double curvature = (fSS - fS * bSSoverBS) / (vL * vL);
        double r = RationalCubic.controlForRightCurvature(0.0, bL, 0.0, f, 1.0, slope, curvature);
        double fBeta = RationalCubic.value(beta, 0.0, bL, 0.0, f, 1.0, slope, r);
        if (!(fBeta > 0)) {
            fBeta = beta;
        }
        double u = Math.cbrt(Math.min(fBeta, f) / scale);
        double zBeta = Normal.inverseCdfApprox(u);
        return -ax * INV_SQRT3 / zBeta;
    }

    /**
     * Interpolates f = N(−s/2) as a function of the complement c = b_max − β on [0, b_max − b_u]: f ≈ c/2 as
     * c → 0, and value, slope and curvature match the exact curve at b_u.
     */
    private static double highestStart(double x, double complement, double sU, double cU, double vU) {
        double halfS = 0.5 * sU;
        double pdf = Normal.pdf(halfS);
        double f = Normal.cdf(-halfS, pdf);
        double fS = -0.5 * pdf;
        double fSS = 0.25 * halfS * pdf;
        double bSSoverBS = x * x / (sU * sU * sU) - 0.25 * sU;
        double slope = -fS / vU;
        double curvature = (fSS - fS * bSSoverBS) / (vU * vU);
        double r = RationalCubic.controlForRightCurvature(0.0, cU, 0.0, f, 0.5, slope, curvature);
        double fc = RationalCubic.value(complement, 0.0, cU, 0.0, f, 0.5, slope, r);
        if (!(fc > 0)) {
            fc = 0.5 * complement;
        }
        return -2 * Normal.inverseCdfApprox(Math.min(fc, f));
    }

    /**
     * Householder steps of order three, g increasing in s, inside the bracket (lo, hi) that the branch implies and
     * that each evaluation narrows; a step leaving it is replaced by bisection (or doubling past an open end).
     */
    private static double polish(int objective, double x, double beta, double complement, double bMax, double s,
                                 double lo, double hi, int budget, EvaluationCounter counter) {
        double lnBeta = objective == LOWEST ? Math.log(beta) : 0.0;
        double lnComplement = objective == HIGHEST ? Math.log(complement) : 0.0;
        if (!(s > lo && s < hi)) {
            s = Double.isInfinite(hi) ? 2 * lo : 0.5 * (lo + hi);
        }
        for (int i = 0; i < budget; i++) {
            counter.count();
            double h = x / s;
            double t = 0.5 * s;
            double exponent = -0.5 * (h * h + t * t);
            // b''/b' and its derivative, exact and free of distribution functions.
            double a = h * h / s - 0.25 * s;
            double aPrime = -3 * h * h / (s * s) - 0.25;
            // Householder needs only g/g', g''/g' and g'''/g'. In those ratios the Gaussian factor cancels, so the
            // outer branches never form b itself and cannot underflow however far out of the money.
            double g;
            double nu;
            double h2;
            double h3;
            if (objective == LOWEST) {
                double scaled = NormalisedBlack.scaledValue(h, t);
                double lnB = exponent + Math.log(scaled);
                double q = INV_SQRT_2PI / scaled;
                g = 1 / lnBeta - 1 / lnB;
                nu = -g * lnB * lnB / q;
                double k = (lnB + 2) / lnB;
                h2 = a - q * k;
                h3 = q * q * (2 * lnB * lnB + 6 * lnB + 6) / (lnB * lnB) - 3 * q * a * k + a * a + aPrime;
            } else if (objective == MIDDLE) {
                double gauss = Math.exp(exponent);
                double b = h + t <= 0
                        ? gauss * NormalisedBlack.scaledValue(h, t)
                        : bMax - gauss * NormalisedBlack.scaledComplement(h, t);
                g = b - beta;
                nu = -g / (INV_SQRT_2PI * gauss);
                h2 = a;
                h3 = a * a + aPrime;
            } else {
                double scaled = NormalisedBlack.scaledComplement(h, t);
                double p = INV_SQRT_2PI / scaled;
                g = lnComplement - (exponent + Math.log(scaled));
                nu = -g / p;
                h2 = p + a;
                h3 = 2 * p * p + 3 * p * a + a * a + aPrime;
            }
            if (g > 0) {
                hi = s;
            } else if (g < 0) {
                lo = s;
            } else {
                return s;
            }
            double step = nu * (1 + 0.5 * h2 * nu) / (1 + nu * (h2 + h3 * nu / 6));
            if (Math.abs(step) <= CONVERGED * s) {
                return s + step;
            }
            double next = s + step;
            if (!(next > lo && next < hi)) {
                next = Double.isInfinite(hi) ? 2 * s : 0.5 * (lo + hi);
            }
            s = next;
        }
        return s;
    }
}
