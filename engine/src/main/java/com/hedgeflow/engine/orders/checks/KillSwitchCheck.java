package com.hedgeflow.engine.orders.checks;

/**
 * PT-11: with the kill switch on, only orders that shrink an existing position without adding net delta go out;
 * everything that could add risk waits for an explicit resume.
 */
public final class KillSwitchCheck implements PreTradeCheck {
    static final String ID = "PT-11";
    static final String NAME = "kill switch";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        if (!c.killSwitchEngaged()) {
            return CheckResult.pass(ID, NAME, "off");
        }
        boolean addsDelta = Math.abs(t.deltaAfterCoin()) > Math.abs(t.deltaBeforeCoin());
        if (t.reducesPosition() && !addsDelta) {
            return CheckResult.pass(ID, NAME, "engaged; a reduce-only order is allowed");
        }
        return CheckResult.hard(ID, NAME, String.format("engaged: the order %s (position %s -> %s, net delta %.4f ->"
                        + " %.4f) would add risk; only an explicit resume clears the switch",
                t.side(), t.positionBefore(), t.positionAfter(), t.deltaBeforeCoin(), t.deltaAfterCoin()));
    }
}
