package com.hedgeflow.engine.orders.checks;

import com.hedgeflow.engine.feed.FeedStatus;
import java.time.Instant;

/**
 * §2.5: after a (re)connect, positions and open orders must be reconciled with the venue before anything is sent
 * there. The venue's feed status says since when it is connected; the app reports each completed reconciliation.
 */
public final class ReconciliationCheck implements PreTradeCheck {
    static final String ID = "PT-21";
    static final String NAME = "reconciled";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        String venue = t.instrument().venue();
        FeedStatus feed = null;
        for (FeedStatus f : c.snapshot().feeds()) {
            if (f.venue().equals(venue)) {
                feed = f;
            }
        }
        if (feed == null) {
            return CheckResult.hard(ID, NAME, venue + " has reported no connection");
        }
        Instant reconciled = c.reconciledAt().get(venue);
        if (reconciled == null) {
            return CheckResult.hard(ID, NAME, venue + " has not been reconciled since it connected at "
                    + feed.since());
        }
        if (feed.since() != null && reconciled.isBefore(feed.since())) {
            return CheckResult.hard(ID, NAME, venue + " reconnected at " + feed.since() + " and was last reconciled"
                    + " at " + reconciled);
        }
        return CheckResult.pass(ID, NAME, venue + " reconciled at " + reconciled);
    }
}
