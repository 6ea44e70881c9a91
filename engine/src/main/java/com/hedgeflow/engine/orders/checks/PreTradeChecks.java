package com.hedgeflow.engine.orders.checks;

import java.util.ArrayList;
import java.util.List;

/** Runs every check on an order and keeps every result, passes included, for the audit log. */
public final class PreTradeChecks {
    private final List<PreTradeCheck> checks;

    public PreTradeChecks(List<PreTradeCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checklist of risk-controls.md §1.3 that applies without talking to a venue. */
    public static PreTradeChecks standard() {
        return new PreTradeChecks(List.of(
                new KillSwitchCheck(),
                new StaleDataCheck(),
                new CompleteBookCheck(),
                new ReconciliationCheck(),
                new InDoubtCheck(),
                new PriceCollarCheck(),
                new OrderSizeCheck(),
                new OrderNotionalCheck(),
                new PositionLimitCheck(),
                new NetDeltaLimitCheck(),
                new HedgeDirectionCheck(),
                new DuplicateOrderCheck(),
                new FatFingerCheck(),
                new ThrottleCheck()));
    }

    /** A check that throws blocks the order: the gate fails closed. */
    public CheckReport run(OrderTicket ticket, PreTradeContext context) {
        List<CheckResult> results = new ArrayList<>(checks.size());
        for (PreTradeCheck check : checks) {
            try {
                results.add(check.check(ticket, context));
            } catch (RuntimeException e) {
                results.add(CheckResult.hard("PT-00", check.getClass().getSimpleName(), "the check failed: " + e));
            }
        }
        return new CheckReport(results);
    }
}
