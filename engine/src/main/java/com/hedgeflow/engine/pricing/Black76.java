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
        double d1 = Math.log(forward / strike) / sd + 0.5 * sd;
        double d2 = d1 - sd;
        return type == OptionType.CALL
                ? df * (forward * Normal.cdf(d1) - strike * Normal.cdf(d2))
                : df * (strike * Normal.cdf(-d2) - forward * Normal.cdf(-d1));
    }

    public static double delta(OptionType type, double forward, double strike, double vol, double years, double df) {
        if (years <= 0 || vol <= 0) {
            boolean inTheMoney = type == OptionType.CALL ? forward > strike : forward < strike;
            return inTheMoney ? (type == OptionType.CALL ? df : -df) : 0.0;
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

    private static double intrinsic(OptionType type, double forward, double strike) {
        return Math.max(type == OptionType.CALL ? forward - strike : strike - forward, 0.0);
    }
}
