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
        double df = 1.0 / growth;
        if (vol <= 0) {
            // dF/dS = growth; at fixed spot the forward also drifts with time (dF/dτ = rF) and the rate (dF/dr = τF).
            Greeks f = Black76.greeks(type, forward, strike, vol, years, df, rate);
            double delta = f.delta() * growth;
            return new Greeks(f.price(), delta, 0, 0, f.theta() - rate * spot * delta,
                    years * (spot * delta - f.price()), 0, 0, growth * (f.charm() - rate * f.delta()));
        }
        // The Black-76 greeks on F = S·growth carried over to spot by the same chain rule, simplified: every df·F
        // is S and every growth·df is one.
        BlackTerms b = BlackTerms.of(type, forward, strike, vol, years);
        double price = df * b.undiscountedPrice(forward, strike);
        double delta = b.sign() * b.nd1();
        double pdf = b.pdf1();
        double gamma = pdf / (spot * b.sd());
        double vega = spot * pdf * b.sqrtT();
        double theta = rate * (price - spot * delta) - spot * pdf * vol / (2 * b.sqrtT());
        double rho = years * (spot * delta - price);
        double vanna = -pdf * b.d2() / vol;
        double volga = vega * b.d1() * b.d2() / vol;
        double charm = pdf * (b.d2() / (2 * years) - rate / b.sd());
        return new Greeks(price, delta, gamma, vega, theta, rho, vanna, volga, charm);
    }
}
