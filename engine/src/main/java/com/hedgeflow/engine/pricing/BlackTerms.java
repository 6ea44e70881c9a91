package com.hedgeflow.engine.pricing;

import com.hedgeflow.engine.market.OptionType;

/**
 * The pieces of Black's formula that the price and every greek share, undiscounted, for a live option
 * (positive time and vol): Black-76 and Black-Scholes both assemble their numbers from one of these. Small enough
 * to be inlined and scalar-replaced, so it costs no allocation on the hot path.
 *
 * @param sign +1 for a call, −1 for a put
 * @param nd1  N(sign·d1), the undiscounted delta's size
 * @param nd2  N(sign·d2), the exercise probability
 */
record BlackTerms(double sign, double sqrtT, double sd, double d1, double d2, double pdf1, double nd1, double nd2) {

    static BlackTerms of(OptionType type, double forward, double strike, double vol, double years) {
        double sqrtT = Math.sqrt(years);
        double sd = vol * sqrtT;
        double ratio = forward / strike;
        double d1 = Math.log(ratio) / sd + 0.5 * sd;
        double d2 = d1 - sd;
        // φ(d2) = φ(d1)·F/K: one exponential serves both densities, taken at whichever of d1, d2 is nearer zero so
        // that neither underflows before it has to.
        double pdf1;
        double pdf2;
        if (Math.abs(d1) <= Math.abs(d2)) {
            pdf1 = Normal.pdf(d1);
            pdf2 = pdf1 * ratio;
        } else {
            pdf2 = Normal.pdf(d2);
            pdf1 = pdf2 / ratio;
        }
        double sign = type == OptionType.CALL ? 1.0 : -1.0;
        return new BlackTerms(sign, sqrtT, sd, d1, d2, pdf1, Normal.cdf(sign * d1, pdf1), Normal.cdf(sign * d2, pdf2));
    }

    /** Black's value before discounting: sign·(F·N(sign·d1) − K·N(sign·d2)). */
    double undiscountedPrice(double forward, double strike) {
        return sign * (forward * nd1 - strike * nd2);
    }
}
