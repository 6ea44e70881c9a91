package com.hedgeflow.engine.orders.checks;

import com.hedgeflow.engine.risk.UnderlyingRisk;

/**
 * PT-15, data integrity: the net delta must cover the whole book. A position left out for want of a price or a
 * vol makes the delta, and so the hedge, wrong.
 */
public final class CompleteBookCheck implements PreTradeCheck {
    static final String ID = "PT-15";
    static final String NAME = "complete book";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        UnderlyingRisk u = c.snapshot().underlying(t.underlying());
        if (u == null) {
            return CheckResult.hard(ID, NAME, "no risk for " + t.underlying() + " in the snapshot");
        }
        if (!(u.indexPrice() > 0)) {
            return CheckResult.hard(ID, NAME, "no index price for " + t.underlying());
        }
        if (u.unpricedCount() > 0) {
            return CheckResult.hard(ID, NAME, u.unpricedCount() + " of " + u.positionCount() + " " + t.underlying()
                    + " positions have no price or vol, so net delta is incomplete");
        }
        return CheckResult.pass(ID, NAME, "all " + u.positionCount() + " positions priced");
    }
}
