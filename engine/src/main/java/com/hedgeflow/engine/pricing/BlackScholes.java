package com.hedgeflow.engine.pricing;

import com.hedgeflow.engine.market.OptionType;

/**
 * Black-Scholes on spot with a continuous rate and no carry from the asset (no dividends, no coin yield):
 * the forward is {@code spot·e^{rate·years}} and the discount factor {@code e^{-rate·years}}, and the numbers
 * come from the Black-76 core re-expressed for a fixed spot.
 *
 * <p>Greeks in engine units (DESIGN.md §3): delta and gamma with respect to spot; theta per year of calendar time
 * with spot and rate held; rho per 1.00 of rate with spot held, so the forward moves with the rate; vanna
 * per 1.00 of vol of the spot delta; charm the change of the spot delta per year with spot held.
 */
public final class BlackScholes {
    private BlackScholes() {
    }

    public static double price(OptionType type, double spot, double strike, double vol, double years, double rate) {
        if (years <= 0) {
            return Black76.price(type, spot, strike, vol, years, 1.0);
        }
        double growth = Math.exp(rate * years);
        return Black76.price(type, spot * growth, strike, vol, years, 1.0 / growth);
    }

    public static Greeks greeks(OptionType type, double spot, double strike, double vol, double years, double rate) {
        if (years <= 0) {
            return Black76.greeks(type, spot, strike, vol, years, 1.0, 0.0);
        }
        double growth = Math.exp(rate * years);
        double forward = spot * growth;
        Greeks f = Black76.greeks(type, forward, strike, vol, years, 1.0 / growth, rate);
        // dF/dS = growth; at fixed spot the forward also drifts with time (dF/dτ = rF) and with the rate (dF/dr = τF).
        double delta = f.delta() * growth;
        double gamma = f.gamma() * growth * growth;
        double theta = f.theta() - rate * spot * delta;
        double rho = years * (spot * delta - f.price());
        double vanna = f.vanna() * growth;
        double charm = growth * (f.charm() - rate * f.delta() - rate * forward * f.gamma());
        return new Greeks(f.price(), delta, gamma, f.vega(), theta, rho, vanna, f.volga(), charm);
    }
}
