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

    /**
     * Price and every greek in one pass, sharing d1, d2, the density and the distribution values.
     * Theta and charm hold the forward and the rate fixed as calendar time passes; rho holds the forward
     * fixed, so it only discounts ({@code -years * price}).
     */
    public static Greeks greeks(OptionType type, double forward, double strike, double vol, double years, double df) {
        if (years <= 0 || vol <= 0) {
            double price = df * intrinsic(type, forward, strike);
            return new Greeks(price, delta(type, forward, strike, vol, years, df), 0, 0, 0, 0, 0, 0, 0);
        }
        double rate = -Math.log(df) / years;
        double sqrtT = Math.sqrt(years);
        double sd = vol * sqrtT;
        double d1 = Math.log(forward / strike) / sd + 0.5 * sd;
        double d2 = d1 - sd;
        double pdf = Normal.pdf(d1);
        boolean call = type == OptionType.CALL;
        double nd1 = Normal.cdf(call ? d1 : -d1);
        double nd2 = Normal.cdf(call ? d2 : -d2);
        double sign = call ? 1.0 : -1.0;

        double price = sign * df * (forward * nd1 - strike * nd2);
        double delta = sign * df * nd1;
        double gamma = df * pdf / (forward * sd);
        double vega = df * forward * pdf * sqrtT;
        double theta = rate * price - df * forward * pdf * vol / (2 * sqrtT);
        double rho = -years * price;
        double vanna = -df * pdf * d2 / vol;
        double volga = vega * d1 * d2 / vol;
        double charm = rate * delta + df * pdf * d2 / (2 * years);
        return new Greeks(price, delta, gamma, vega, theta, rho, vanna, volga, charm);
    }

    private static double intrinsic(OptionType type, double forward, double strike) {
        return Math.max(type == OptionType.CALL ? forward - strike : strike - forward, 0.0);
    }
}
