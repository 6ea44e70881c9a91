package com.hedgeflow.engine.orders.checks;

import com.hedgeflow.engine.orders.Order;
import java.time.Duration;

/**
 * PT-07: the same instrument, side and size within the window looks like a double click or a retry loop. A
 * person may confirm it; automatic sends may not.
 */
public final class DuplicateOrderCheck implements PreTradeCheck {
    static final String ID = "PT-07";
    static final String NAME = "duplicate";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        Duration window = c.limits().duplicateWindow();
        for (Order o : c.orders().createdSince(t.instrument().key(), c.now().minus(window))) {
            if (o.clientOrderId().equals(t.clientOrderId()) || o.sendCount() == 0) {
                continue; // the order itself on a retry, or an intent that never went out
            }
            if (o.intent().side() == t.side() && Math.abs(o.intent().size() - t.size()) <= 1e-9 * t.size()) {
                long ago = Duration.between(o.intent().createdAt(), c.now()).toMillis();
                return CheckResult.soft(ID, NAME, String.format("same as %s (%s %s), %d ms ago, within %d s",
                        o.clientOrderId(), o.intent().side(), o.intent().size(), ago, window.toSeconds()));
            }
        }
        return CheckResult.pass(ID, NAME, "no identical order in the last " + window.toSeconds() + " s");
    }
}
