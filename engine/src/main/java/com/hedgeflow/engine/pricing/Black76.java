package com.hedgeflow.engine.pricing;

import com.hedgeflow.engine.market.OptionType;

/**
 * Black's model on a forward. Greeks are per unit of forward (delta) and per unit of forward per unit of
 * price (gamma), scaled by the discount factor {@code df}. At or past expiry, or with zero vol, the value is
 * the discounted intrinsic value and delta is its slope.
 */
public final class Black76 {
    private Black76() {
    }

    public static double price(OptionType type, double forward, double strike, double vol, double years, double df) {
        if (years <= 0 || vol <= 0) {
            return df * intrinsic(type, forward, strike);
        }
        double sd = vol * Math.sqrt(years);
        double ratio = forward / strike;
        double d1 = Math.log(ratio) / sd + 0.5 * sd;
        double d2 = d1 - sd;
        // φ(d2) = φ(d1)·F/K: one exponential for both densities, taken at whichever of d1, d2 is nearer zero
        // so that neither underflows before it has to.
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
        return sign * df * (forward * Normal.cdf(sign * d1, pdf1) - strike * Normal.cdf(sign * d2, pdf2));
    }

    public static double delta(OptionType type, double forward, double strike, double vol, double years, double df) {
        if (years <= 0 || vol <= 0) {
            return intrinsicDelta(type, forward, strike, df);
        }
        double sd = vol * Math.sqrt(years);
        double d1 = Math.log(forward / strike) / sd + 0.5 * sd;
        return type == OptionType.CALL ? df * Normal.cdf(d1) : -df * Normal.cdf(-d1);
    }

    public static double gamma(double forward, double strike, double vol, double years, double df) {
        if (years <= 0 || vol <= 0) {
            return 0.0;
        }
        double sd = vol * Math.sqrt(years);
        double d1 = Math.log(forward / strike) / sd + 0.5 * sd;
        return df * Normal.pdf(d1) / (forward * sd);
    }

    /**
     * Price and every greek in one pass, sharing d1, d2, the density and the distribution values.
     * Theta and charm hold the forward and the rate fixed as calendar time passes; rho holds the forward
     * fixed, so it only discounts ({@code -years * price}).
     */
    public static Greeks greeks(OptionType type, double forward, double strike, double vol, double years, double df) {
        // Crypto desks mostly run at a zero rate; skip the logarithm then.
        double rate = df == 1.0 || years <= 0 ? 0.0 : -Math.log(df) / years;
        return greeks(type, forward, strike, vol, years, df, rate);
    }

    /** {@link #greeks(OptionType, double, double, double, double, double)} when the caller already knows the rate. */
    static Greeks greeks(OptionType type, double forward, double strike, double vol, double years, double df,
                         double rate) {
        if (years <= 0) {
            return new Greeks(df * intrinsic(type, forward, strike), intrinsicDelta(type, forward, strike, df),
                    0, 0, 0, 0, 0, 0, 0);
        }
        if (vol <= 0) {
            // Nothing is uncertain, but the discount factor still runs with time and rate.
            double price = df * intrinsic(type, forward, strike);
            double delta = intrinsicDelta(type, forward, strike, df);
            return new Greeks(price, delta, 0, 0, rate * price, -years * price, 0, 0, rate * delta);
        }
        double sqrtT = Math.sqrt(years);
        double sd = vol * sqrtT;
        double ratio = forward / strike;
        double d1 = Math.log(ratio) / sd + 0.5 * sd;
        double d2 = d1 - sd;
        // See price(): one exponential for both densities.
        double pdf1;
        double pdf2;
        if (Math.abs(d1) <= Math.abs(d2)) {
            pdf1 = Normal.pdf(d1);
            pdf2 = pdf1 * ratio;
        } else {
            pdf2 = Normal.pdf(d2);
            pdf1 = pdf2 / ratio;
        }
        boolean call = type == OptionType.CALL;
        double sign = call ? 1.0 : -1.0;
        double nd1 = Normal.cdf(sign * d1, pdf1);
        double nd2 = Normal.cdf(sign * d2, pdf2);

        double price = sign * df * (forward * nd1 - strike * nd2);
        double delta = sign * df * nd1;
        double dfPdf = df * pdf1;
        double gamma = dfPdf / (forward * sd);
        double vega = dfPdf * forward * sqrtT;
        double theta = rate * price - dfPdf * forward * vol / (2 * sqrtT);
        double rho = -years * price;
        double vanna = -dfPdf * d2 / vol;
        double volga = vega * d1 * d2 / vol;
        double charm = rate * delta + dfPdf * d2 / (2 * years);
        return new Greeks(price, delta, gamma, vega, theta, rho, vanna, volga, charm);
    }

    private static double intrinsic(OptionType type, double forward, double strike) {
        return Math.max(type == OptionType.CALL ? forward - strike : strike - forward, 0.0);
    }

    private static double intrinsicDelta(OptionType type, double forward, double strike, double df) {
        boolean inTheMoney = type == OptionType.CALL ? forward > strike : forward < strike;
        return inTheMoney ? (type == OptionType.CALL ? df : -df) : 0.0;
    }
}
