package com.hedgeflow.engine.exposure;

/**
 * Black-76 pieces written out from the textbook formulas (analytics.md §3.1, zero rate), so tests check the
 * exposure code against numbers it did not produce itself.
 */
final class ClosedForm {
    private ClosedForm() {
    }

    static double pdf(double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }

    static double d1(double forward, double strike, double vol, double years) {
        return (Math.log(forward / strike) + 0.5 * vol * vol * years) / (vol * Math.sqrt(years));
    }

    /** Γ_F = φ(d1)/(F σ √τ). */
    static double gammaForward(double forward, double strike, double vol, double years) {
        return pdf(d1(forward, strike, vol, years)) / (forward * vol * Math.sqrt(years));
    }

    /** Gamma with respect to the index when F = S·ratio: Γ_F·ratio². */
    static double gammaSpot(double spot, double ratio, double strike, double vol, double years) {
        return gammaForward(spot * ratio, strike, vol, years) * ratio * ratio;
    }

    /** Vanna of the forward delta: −φ(d1)·d2/σ. */
    static double vannaForward(double forward, double strike, double vol, double years) {
        double d1 = d1(forward, strike, vol, years);
        double d2 = d1 - vol * Math.sqrt(years);
        return -pdf(d1) * d2 / vol;
    }

    /** Charm of the forward delta per year of calendar time: φ(d1)·d2/(2τ), calls and puts alike at r = 0. */
    static double charmForward(double forward, double strike, double vol, double years) {
        double d1 = d1(forward, strike, vol, years);
        double d2 = d1 - vol * Math.sqrt(years);
        return pdf(d1) * d2 / (2 * years);
    }
}
