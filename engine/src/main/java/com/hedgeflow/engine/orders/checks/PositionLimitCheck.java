package com.hedgeflow.engine.orders.checks;

/**
 * PT-04: the position in the instrument after the order. An order that brings an oversized position back toward
 * the limit passes: blocking it would trap the desk in the breach.
 */
public final class PositionLimitCheck implements PreTradeCheck {
    static final String ID = "PT-04";
    static final String NAME = "position limit";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        InstrumentLimits l = c.limits().limitsFor(t.instrument().key());
        if (l == null) {
            return CheckResult.hard(ID, NAME, "no position limit is configured for " + t.instrument().key());
        }
        double before = t.positionBefore();
        double after = t.positionAfter();
        if (Math.abs(after) > l.maxPosition() && Math.abs(after) > Math.abs(before)) {
            return CheckResult.hard(ID, NAME, String.format("position would go from %s to %s, beyond the limit ±%s",
                    before, after, l.maxPosition()));
        }
        return CheckResult.pass(ID, NAME, String.format("position %s -> %s within ±%s", before, after,
                l.maxPosition()));
    }
}
