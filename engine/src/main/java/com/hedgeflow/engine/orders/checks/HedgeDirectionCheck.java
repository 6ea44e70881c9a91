package com.hedgeflow.engine.orders.checks;

/**
 * PT-06: a hedge must bring net delta closer to the target and must not overshoot past it by more than the
 * tolerance. Catches a sign error before it doubles the risk. Manual orders are the trader's own call.
 */
public final class HedgeDirectionCheck implements PreTradeCheck {
    static final String ID = "PT-06";
    static final String NAME = "hedge direction";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        if (!t.origin().isHedge()) {
            return CheckResult.pass(ID, NAME, "a manual order, not a hedge");
        }
        if (!Double.isFinite(t.deltaBeforeCoin()) || !Double.isFinite(t.deltaAfterCoin())
                || !Double.isFinite(t.targetDeltaCoin())) {
            return CheckResult.hard(ID, NAME, "net delta or target unknown, so the direction cannot be checked");
        }
        double before = t.deltaBeforeCoin() - t.targetDeltaCoin();
        double after = t.deltaAfterCoin() - t.targetDeltaCoin();
        if (Math.abs(after) >= Math.abs(before)) {
            return CheckResult.hard(ID, NAME, String.format("the hedge would take the distance to target from %.4f"
                    + " to %.4f %s: it does not reduce delta (net %.4f -> %.4f)", Math.abs(before), Math.abs(after),
                    t.underlying(), t.deltaBeforeCoin(), t.deltaAfterCoin()));
        }
        double tolerance = c.limits().overshootToleranceCoin();
        if (Math.signum(after) != 0 && Math.signum(after) != Math.signum(before) && Math.abs(after) > tolerance) {
            return CheckResult.hard(ID, NAME, String.format("the hedge overshoots the target %.4f by %.4f %s"
                    + " (tolerance %.4f)", t.targetDeltaCoin(), Math.abs(after), t.underlying(), tolerance));
        }
        return CheckResult.pass(ID, NAME, String.format("net delta %.4f -> %.4f %s, toward target %.4f",
                t.deltaBeforeCoin(), t.deltaAfterCoin(), t.underlying(), t.targetDeltaCoin()));
    }
}
