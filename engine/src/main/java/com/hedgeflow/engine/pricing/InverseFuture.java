package com.hedgeflow.engine.pricing;

/**
 * Inverse (coin-margined) futures and perpetuals, sized in USD contracts (10 USD each for Deribit BTC):
 * profit and loss and delta are in coin. Contracts are signed, positive for a long.
 */
public final class InverseFuture {
    private InverseFuture() {
    }

    /** Coin P&amp;L of a position opened at {@code entryPrice} and marked at {@code price}: N·u·(1/entry − 1/price). */
    public static double pnlCoin(double contracts, double contractUsd, double entryPrice, double price) {
        return contracts * contractUsd * (1.0 / entryPrice - 1.0 / price);
    }

    /** Coin-numeraire delta, S·∂pnl/∂S = N·u/S: the coin worth of the USD notional at today's price. */
    public static double deltaCoin(double contracts, double contractUsd, double price) {
        return contracts * contractUsd / price;
    }
}
