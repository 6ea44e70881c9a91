package com.hedgeflow.engine.orders.checks;

import java.time.Duration;

/**
 * PT-09: order rate per venue and per instrument, kept well under the venues' own budgets so a runaway loop is
 * stopped here rather than by the venue ending the session.
 */
public final class ThrottleCheck implements PreTradeCheck {
    static final String ID = "PT-09";
    static final String NAME = "throttle";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        PreTradeLimits l = c.limits();
        String venue = t.instrument().venue();
        int perVenue = c.orders().sentSince(venue, c.now().minus(l.throttleWindow()));
        if (perVenue >= l.maxOrdersPerVenue()) {
            return CheckResult.hard(ID, NAME, String.format("%d orders sent to %s in the last %d s; the limit is %d",
                    perVenue, venue, l.throttleWindow().toSeconds(), l.maxOrdersPerVenue()));
        }
        int perInstrument = c.orders().sentSince(t.instrument().key(), c.now().minus(Duration.ofSeconds(1)));
        if (perInstrument >= l.maxOrdersPerInstrumentPerSecond()) {
            return CheckResult.hard(ID, NAME, String.format("%d orders on %s in the last second; the limit is %d",
                    perInstrument, t.instrument().key(), l.maxOrdersPerInstrumentPerSecond()));
        }
        return CheckResult.pass(ID, NAME, String.format("%d/%d on %s in %d s, %d/%d on the instrument in 1 s",
                perVenue, l.maxOrdersPerVenue(), venue, l.throttleWindow().toSeconds(), perInstrument,
                l.maxOrdersPerInstrumentPerSecond()));
    }
}
