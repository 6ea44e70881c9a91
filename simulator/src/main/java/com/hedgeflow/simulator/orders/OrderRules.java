package com.hedgeflow.simulator.orders;

import com.hedgeflow.simulator.instruments.ListedInstrument;

/** The venue's checks on a new order's size and price, in the order Deribit applies them. */
final class OrderRules {
    private static final double EPS = 1e-9;

    private OrderRules() {
    }

    static void check(OrderRequest r) throws OrderRejected {
        ListedInstrument i = r.instrument();
        if (r.amount() < i.minTradeAmount() - EPS) {
            throw new OrderRejected(OrderRejected.QTY_TOO_LOW, "qty_too_low",
                    "amount " + r.amount() + " is below the minimum " + i.minTradeAmount());
        }
        if (!multipleOf(r.amount(), i.perpetual() ? i.contractSize() : i.minTradeAmount())) {
            if (i.perpetual()) {
                throw new OrderRejected(OrderRejected.NON_INTEGER_CONTRACT_AMOUNT, "non_integer_contract_amount",
                        "amount must be a multiple of " + i.contractSize() + " USD");
            }
            throw new OrderRejected(OrderRejected.INVALID_AMOUNT, "invalid_amount",
                    "amount must be a multiple of " + i.minTradeAmount());
        }
        if (!r.isMarket() && !multipleOf(r.price(), i.tickSize())) {
            throw new OrderRejected(OrderRejected.PRICE_WRONG_TICK, "price_wrong_tick",
                    "price " + r.price() + " is not a multiple of the tick " + i.tickSize());
        }
    }

    private static boolean multipleOf(double value, double step) {
        double units = value / step;
        return Math.abs(units - Math.rint(units)) < 1e-6;
    }
}
