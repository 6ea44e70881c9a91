package com.hedgeflow.engine.orders.checks;

/** PT-04, net per underlying: the book's delta after the order, in coin. Orders that bring it back always pass. */
public final class NetDeltaLimitCheck implements PreTradeCheck {
    static final String ID = "PT-04";
    static final String NAME = "net delta limit";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        double max = c.limits().maxNetDeltaCoin();
        double before = t.deltaBeforeCoin();
        double after = t.deltaAfterCoin();
        if (Math.abs(after) > max && Math.abs(after) > Math.abs(before)) {
            return CheckResult.hard(ID, NAME, String.format("net delta would go from %.4f to %.4f %s, beyond ±%.4f",
                    before, after, t.underlying(), max));
        }
        return CheckResult.pass(ID, NAME, String.format("net delta %.4f -> %.4f %s within ±%.4f", before, after,
                t.underlying(), max));
    }
}
