package com.hedgeflow.engine.orders.checks;

/** PT-01: the order's size against the instrument's soft and hard clip. */
public final class OrderSizeCheck implements PreTradeCheck {
    static final String ID = "PT-01";
    static final String NAME = "order size";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        InstrumentLimits l = c.limits().limitsFor(t.instrument().key());
        if (l == null) {
            return CheckResult.hard(ID, NAME, "no size limits are configured for " + t.instrument().key());
        }
        if (t.size() > l.maxOrderSizeHard()) {
            return CheckResult.hard(ID, NAME, String.format("size %s is over the hard limit %s", t.size(),
                    l.maxOrderSizeHard()));
        }
        if (t.size() > l.maxOrderSizeSoft()) {
            return CheckResult.soft(ID, NAME, String.format("size %s is over the soft limit %s (hard %s)", t.size(),
                    l.maxOrderSizeSoft(), l.maxOrderSizeHard()));
        }
        return CheckResult.pass(ID, NAME, String.format("size %s within %s", t.size(), l.maxOrderSizeSoft()));
    }
}
