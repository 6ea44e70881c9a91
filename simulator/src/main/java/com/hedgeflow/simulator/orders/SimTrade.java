package com.hedgeflow.simulator.orders;

import com.hedgeflow.simulator.instruments.ListedInstrument;

/**
 * One execution of the demo account (venues.md §1.7.6).
 *
 * @param orderState the order's state right after this trade, as Deribit's {@code state} field reports it
 * @param liquidity  {@code T} when the order took the quote on arrival, {@code M} when it rested and was hit
 * @param fee        BTC
 */
public record SimTrade(String tradeId, long tradeSeq, ListedInstrument instrument, long timestamp, String orderId,
        String orderType, String direction, double price, double amount, String orderState, String liquidity,
        double fee, double markPrice, double indexPrice, String label, boolean reduceOnly, boolean postOnly) {

    public double contracts() {
        return amount / instrument.contractSize();
    }
}
