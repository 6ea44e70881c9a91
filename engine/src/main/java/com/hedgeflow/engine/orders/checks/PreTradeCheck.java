package com.hedgeflow.engine.orders.checks;

/** One control of risk-controls.md §1.3. Pure: reads the ticket and the context, changes nothing. */
public interface PreTradeCheck {
    CheckResult check(OrderTicket ticket, PreTradeContext context);
}
