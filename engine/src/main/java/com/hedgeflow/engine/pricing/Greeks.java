package com.hedgeflow.engine.pricing;

/**
 * Price and sensitivities of one option in engine units (DESIGN.md §3): delta per unit of underlying, gamma
 * per unit of underlying per unit of price, vega and volga per 1.00 of vol, vanna per 1.00 of vol, theta and
 * charm per year of calendar time (value lost / delta change as time passes), rho per 1.00 of rate.
 * The underlying is whatever the model was given: the forward for Black-76, the spot for Black-Scholes.
 */
public record Greeks(
        double price,
        double delta,
        double gamma,
        double vega,
        double theta,
        double rho,
        double vanna,
        double volga,
        double charm) {
}
