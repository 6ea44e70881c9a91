package com.hedgeflow.engine.vol;

/**
 * ATM implied vol of one listed expiry, the pillar of a term structure.
 *
 * @param years  time to expiry, ACT/365 years
 * @param vol    implied vol at the forward, decimal
 */
public record AtmPoint(double years, double vol) {
    public AtmPoint {
        if (!(years > 0) || !Double.isFinite(years)) {
            throw new IllegalArgumentException("years to expiry must be positive and finite: " + years);
        }
        if (!(vol >= 0) || !Double.isFinite(vol)) {
            throw new IllegalArgumentException("ATM vol must be >= 0 and finite at T=" + years + ": " + vol);
        }
    }

    /** From skew metrics, whichever smile (quotes or fit) they were read from. */
    public static AtmPoint of(SmileMetrics metrics) {
        return new AtmPoint(metrics.years(), metrics.atmVol());
    }

    /** From an SVI fit, at k = 0. */
    public static AtmPoint of(SviFit fit) {
        return new AtmPoint(fit.years(), fit.parameters().impliedVol(0.0, fit.years()));
    }

    /** σ²·T. */
    public double totalVariance() {
        return vol * vol * years;
    }
}
