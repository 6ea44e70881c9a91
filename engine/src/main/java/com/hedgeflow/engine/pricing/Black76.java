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
        return df * BlackTerms.of(type, forward, strike, vol, years).undiscountedPrice(forward, strike);
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
        BlackTerms b = BlackTerms.of(type, forward, strike, vol, years);
        double price = df * b.undiscountedPrice(forward, strike);
        double delta = b.sign() * df * b.nd1();
        double dfPdf = df * b.pdf1();
        double gamma = dfPdf / (forward * b.sd());
        double vega = dfPdf * forward * b.sqrtT();
        double theta = rate * price - dfPdf * forward * vol / (2 * b.sqrtT());
        double rho = -years * price;
        double vanna = -dfPdf * b.d2() / vol;
        double volga = vega * b.d1() * b.d2() / vol;
        double charm = rate * delta + dfPdf * b.d2() / (2 * years);
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
