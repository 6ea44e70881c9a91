package com.hedgeflow.engine.orders.checks;

import com.hedgeflow.engine.orders.Order;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PT-16: while any order on the venue is IN_DOUBT, nothing new goes there — the unknown order may have filled,
 * and a new hedge on top of it would double the trade.
 */
public final class InDoubtCheck implements PreTradeCheck {
    static final String ID = "PT-16";
    static final String NAME = "in-doubt order";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        String venue = t.instrument().venue();
        List<Order> doubtful = c.orders().inDoubt(venue);
        if (!doubtful.isEmpty()) {
            return CheckResult.hard(ID, NAME, doubtful.size() + " order(s) on " + venue + " in doubt until the venue"
                    + " answers: " + doubtful.stream().map(Order::clientOrderId).collect(Collectors.joining(", ")));
        }
        return CheckResult.pass(ID, NAME, "no order in doubt on " + venue);
    }
}
