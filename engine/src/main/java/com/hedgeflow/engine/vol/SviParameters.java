package com.hedgeflow.engine.vol;

/**
 * Raw SVI (Gatheral 2004) for one expiry: total implied variance at log-moneyness {@code k = ln(K/F)} is
 * {@code w(k) = a + b·(ρ·(k − m) + √((k − m)² + σ²))}, where {@code w = σ_implied²·T} is dimensionless.
 *
 * <p>Units: {@code a} is total variance; {@code b} is total variance per unit of log-moneyness (the wing
 * slopes are {@code b(1 − ρ)} on the left and {@code b(1 + ρ)} on the right); {@code rho} is dimensionless;
 * {@code m} and {@code sigma} are in log-moneyness. Admissible sets only: {@code b ≥ 0}, {@code |ρ| < 1},
 * {@code σ > 0} and a non-negative minimum total variance {@code a + b·σ·√(1 − ρ²) ≥ 0} (up to rounding).
 * Admissible is not the same as arbitrage-free: see {@link #density(double)} and {@link ButterflyCheck}.
 */
public record SviParameters(double a, double b, double rho, double m, double sigma) {
    /** Rounding slack on the minimum total variance, so that a fit landing exactly on the bound is accepted. */
    private static final double MIN_VARIANCE_SLACK = 1e-12;

    public SviParameters {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(rho) || !Double.isFinite(m)
                || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("SVI parameters must be finite: " + describe(a, b, rho, m, sigma));
        }
        if (b < 0) {
            throw new IllegalArgumentException("SVI b must be >= 0: " + describe(a, b, rho, m, sigma));
        }
        if (!(Math.abs(rho) < 1)) {
            throw new IllegalArgumentException("SVI |rho| must be < 1: " + describe(a, b, rho, m, sigma));
        }
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("SVI sigma must be > 0: " + describe(a, b, rho, m, sigma));
        }
        if (a + b * sigma * Math.sqrt(1 - rho * rho) < -MIN_VARIANCE_SLACK) {
            throw new IllegalArgumentException(
                    "SVI minimum total variance a + b·sigma·sqrt(1 - rho²) must be >= 0: " + describe(a, b, rho, m, sigma));
        }
    }

    /** Total implied variance {@code w(k)} (dimensionless). */
    public double totalVariance(double k) {
        double x = k - m;
        return a + b * (rho * x + Math.sqrt(x * x + sigma * sigma));
    }

    /** {@code dw/dk}. */
    public double slope(double k) {
        double x = k - m;
        return b * (rho + x / Math.sqrt(x * x + sigma * sigma));
    }

    /** {@code d²w/dk²}; always ≥ 0 because raw SVI is convex in k. */
    public double curvature(double k) {
        double x = k - m;
        double r2 = x * x + sigma * sigma;
        return b * sigma * sigma / (r2 * Math.sqrt(r2));
    }

    /** Implied vol (decimal) at log-moneyness k for an expiry {@code years} away. */
    public double impliedVol(double k, double years) {
        return Math.sqrt(Math.max(totalVariance(k), 0.0) / years);
    }

    /** The lowest total variance over all k, reached at {@code k = m − ρσ/√(1 − ρ²)}. */
    public double minTotalVariance() {
        return a + b * sigma * Math.sqrt(1 - rho * rho);
    }

    /**
     * Gatheral's {@code g(k) = (1 − k·w'/(2w))² − (w'²/4)·(1/w + 1/4) + w''/2}. The risk-neutral density of
     * ln(S_T/F) is {@code g(k)/√(2πw)·exp(−d2²/2)}, so a negative g means negative density: a butterfly spread
     * around that strike would cost less than nothing. Where w ≤ 0 no density exists and this returns −∞, which
     * every check treats as arbitrage.
     */
    public double density(double k) {
        double w = totalVariance(k);
        if (!(w > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        double w1 = slope(k);
        double w2 = curvature(k);
        double first = 1 - k * w1 / (2 * w);
        return first * first - 0.25 * w1 * w1 * (1 / w + 0.25) + 0.5 * w2;
    }

    private static String describe(double a, double b, double rho, double m, double sigma) {
        return "a=" + a + " b=" + b + " rho=" + rho + " m=" + m + " sigma=" + sigma;
    }
}
