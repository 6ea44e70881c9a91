package com.hedgeflow.simulator.market;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.InverseOption;
import com.hedgeflow.engine.pricing.Normal;

/**
 * Inverse option prices and Deribit-style greeks at a zero rate (venues.md §1.11): price in coin, delta the
 * plain Black delta, gamma per USD, vega in USD per vol point, theta in USD per day, rho in USD per 1 %.
 */
public final class OptionMath {
    private static final double MIN_IV = 0.005;
    private static final double MAX_IV = 10.0;

    private OptionMath() {
    }

    /** Greeks of one option, Deribit units. */
    public record Greeks(double delta, double gamma, double vega, double theta, double rho) {
    }

    public static double priceCoin(OptionType type, double forward, double strike, double vol, double years) {
        return InverseOption.priceCoin(type, forward, strike, vol, years);
    }

    public static Greeks greeks(OptionType type, double forward, double strike, double vol, double years) {
        double delta = Black76.delta(type, forward, strike, vol, years, 1.0);
        if (years <= 0 || vol <= 0) {
            return new Greeks(delta, 0, 0, 0, 0);
        }
        double sqrtT = Math.sqrt(years);
        double sd = vol * sqrtT;
        double d1 = Math.log(forward / strike) / sd + 0.5 * sd;
        double d2 = d1 - sd;
        double gamma = Black76.gamma(forward, strike, vol, years, 1.0);
        double vega = forward * Normal.pdf(d1) * sqrtT * 0.01;
        double thetaPerDay = -forward * Normal.pdf(d1) * vol / (2 * sqrtT) / 365.0;
        // Deribit caps theta at what is left to lose: inside the last day the one-day figure would overstate it.
        double usdPrice = Black76.price(type, forward, strike, vol, years, 1.0);
        double timeValue = Math.max(usdPrice - Math.max(type == OptionType.CALL ? forward - strike : strike - forward, 0), 0);
        double theta = -Math.min(-thetaPerDay, timeValue);
        double rho = type == OptionType.CALL
                ? strike * years * Normal.cdf(d2) * 0.01
                : -strike * years * Normal.cdf(-d2) * 0.01;
        return new Greeks(delta, gamma, vega, theta, rho);
    }

    /**
     * The vol that reprices a coin price, by bisection (always converges; speed is no issue for a few hundred
     * options a tick). Returns 0 when the price is at or below intrinsic, as Deribit shows for empty sides.
     */
    public static double impliedVol(OptionType type, double forward, double strike, double years, double priceCoin) {
        if (years <= 0 || !(priceCoin > 0)) {
            return 0.0;
        }
        double lo = MIN_IV;
        double hi = MAX_IV;
        if (priceCoin <= priceCoin(type, forward, strike, lo, years)) {
            return 0.0;
        }
        if (priceCoin >= priceCoin(type, forward, strike, hi, years)) {
            return hi;
        }
        for (int i = 0; i < 60 && hi - lo > 1e-7; i++) {
            double mid = 0.5 * (lo + hi);
            if (priceCoin(type, forward, strike, mid, years) < priceCoin) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
