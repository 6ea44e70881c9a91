package com.hedgeflow.simulator.orders;

import com.hedgeflow.simulator.instruments.ListedInstrument;

/**
 * One order of the demo account as the venue holds it. Immutable: every change makes a new value, so a
 * request thread can render one while the market thread fills the next.
 *
 * @param direction     {@code buy} or {@code sell}
 * @param orderType     {@code limit} or {@code market}
 * @param timeInForce   Deribit's names: {@code good_til_cancelled}, {@code immediate_or_cancel}, {@code fill_or_kill}
 * @param price         the limit; for a market order the price it traded at, {@code NaN} if it did not trade
 * @param amount        in the instrument's size unit (USD for the perpetual, BTC for options)
 * @param averagePrice  0 until something fills, as Deribit reports it
 * @param state         {@code open}, {@code filled}, {@code cancelled}
 * @param cancelReason  {@code user_request}, {@code cancel_on_disconnect} or empty
 */
public record SimOrder(String orderId, ListedInstrument instrument, String direction, String orderType,
        String timeInForce, double price, double amount, double filledAmount, double averagePrice, String label,
        boolean postOnly, boolean reduceOnly, String state, String cancelReason, long creationMillis,
        long lastUpdateMillis) {

    public boolean isOpen() {
        return "open".equals(state);
    }

    public boolean isBuy() {
        return "buy".equals(direction);
    }

    public double remaining() {
        return amount - filledAmount;
    }

    /** Contracts as Deribit counts them: amount over contract size (10 USD for the perpetual, 1 BTC for options). */
    public double contracts() {
        return amount / instrument.contractSize();
    }

    SimOrder filled(double size, double fillPrice, long now) {
        double total = filledAmount + size;
        double average = instrument.perpetual() && filledAmount > 0
                // Inverse contract: USD amounts add, so the average is the USD-weighted harmonic mean.
                ? total / (filledAmount / averagePrice + size / fillPrice)
                : (filledAmount * averagePrice + size * fillPrice) / total;
        String next = total >= amount - 1e-9 ? "filled" : state;
        return new SimOrder(orderId, instrument, direction, orderType, timeInForce, price, amount, total, average,
                label, postOnly, reduceOnly, next, cancelReason, creationMillis, now);
    }

    SimOrder cancelled(String reason, long now) {
        return new SimOrder(orderId, instrument, direction, orderType, timeInForce, price, amount, filledAmount,
                averagePrice, label, postOnly, reduceOnly, "cancelled", reason, creationMillis, now);
    }

    SimOrder withPrice(double newPrice) {
        return new SimOrder(orderId, instrument, direction, orderType, timeInForce, newPrice, amount, filledAmount,
                averagePrice, label, postOnly, reduceOnly, state, cancelReason, creationMillis, lastUpdateMillis);
    }
}
