package com.hedgeflow.engine.orders.checks;

import java.time.Duration;

/**
 * PT-02/PT-03: the limit must sit within the collar of a fresh mark. A mark older than the limit is no reference
 * at all, so that blocks too.
 */
public final class PriceCollarCheck implements PreTradeCheck {
    static final String ID = "PT-02";
    static final String NAME = "price collar";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        ReferencePrice ref = c.mark();
        if (ref == null || !(ref.mark() > 0) || ref.at() == null) {
            return CheckResult.hard(ID, NAME, "no mark price for " + t.instrument().key());
        }
        Duration age = Duration.between(ref.at(), c.now());
        Duration maxAge = c.limits().maxMarkAge();
        if (age.compareTo(maxAge) > 0) {
            return CheckResult.hard(ID, NAME, String.format("the mark is %d ms old, older than %d ms", age.toMillis(),
                    maxAge.toMillis()));
        }
        double bps = Math.abs(t.limitPrice() - ref.mark()) / ref.mark() * 1e4;
        if (bps > c.limits().collarBps()) {
            return CheckResult.hard(ID, NAME, String.format("limit %s is %.1f bps from the mark %s; the collar is"
                    + " %.0f bps", t.limitPrice(), bps, ref.mark(), c.limits().collarBps()));
        }
        return CheckResult.pass(ID, NAME, String.format("limit %s is %.1f bps from the mark %s (%d ms old)",
                t.limitPrice(), bps, ref.mark(), age.toMillis()));
    }
}
