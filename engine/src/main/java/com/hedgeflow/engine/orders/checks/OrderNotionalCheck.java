package com.hedgeflow.engine.orders.checks;

/** PT-01: USD notional at the limit against the soft and hard caps. */
public final class OrderNotionalCheck implements PreTradeCheck {
    static final String ID = "PT-01";
    static final String NAME = "order notional";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        PreTradeLimits l = c.limits();
        double n = t.notionalUsd();
        if (!Double.isFinite(n)) {
            return CheckResult.hard(ID, NAME, "notional is unknown");
        }
        if (n > l.maxNotionalUsdHard()) {
            return CheckResult.hard(ID, NAME, String.format("notional %.0f USD is over the hard limit %.0f USD", n,
                    l.maxNotionalUsdHard()));
        }
        if (n > l.maxNotionalUsdSoft()) {
            return CheckResult.soft(ID, NAME, String.format("notional %.0f USD is over the soft limit %.0f USD"
                    + " (hard %.0f)", n, l.maxNotionalUsdSoft(), l.maxNotionalUsdHard()));
        }
        return CheckResult.pass(ID, NAME, String.format("notional %.0f USD within %.0f", n, l.maxNotionalUsdSoft()));
    }
}
