package com.hedgeflow.simulator.orders;

import com.hedgeflow.simulator.instruments.ListedInstrument;

/**
 * A new order as the request asked for it, its parameters already read (their shape checked); the venue's own
 * rules (size, tick, reduce-only) are checked by {@link OrderRules}.
 *
 * @param price {@code NaN} for a market order
 */
public record OrderRequest(ListedInstrument instrument, boolean buy, double amount, String orderType, double price,
        String label, String timeInForce, boolean postOnly, boolean reduceOnly) {

    public boolean isMarket() {
        return "market".equals(orderType);
    }
}
