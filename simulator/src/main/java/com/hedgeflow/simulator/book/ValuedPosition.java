package com.hedgeflow.simulator.book;

/**
 * A demo position marked to one snapshot, in Deribit's units: PnL and margins in BTC, greeks of options in
 * the ticker's units times the size, the perpetual's delta as its BTC size. Fields that do not apply to the
 * instrument's kind are {@code NaN}.
 */
public record ValuedPosition(
        DemoPosition position,
        String direction,
        double sizeCurrency,
        double markPrice,
        double indexPrice,
        double settlementPrice,
        double delta,
        double gamma,
        double vega,
        double theta,
        double floatingPnl,
        double floatingPnlUsd,
        double totalPnl,
        double initialMargin,
        double maintenanceMargin,
        double leverage,
        double estimatedLiquidationPrice,
        double interestValue) {
}
