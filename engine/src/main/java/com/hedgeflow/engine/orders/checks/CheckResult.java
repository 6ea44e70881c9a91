package com.hedgeflow.engine.orders.checks;

import java.util.Objects;

/**
 * One check's result with a reason a trader can act on, numbers included, e.g. "limit 96,500.0 is 158.0 bps from
 * the mark 95,000.0; the collar is 150 bps".
 *
 * @param id   the control's id in risk-controls.md §1.3 (e.g. {@code PT-02}), for traceability
 * @param name a short name for screens
 */
public record CheckResult(String id, String name, Verdict verdict, String reason) {
    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    public static CheckResult pass(String id, String name, String reason) {
        return new CheckResult(id, name, Verdict.PASS, reason);
    }

    public static CheckResult soft(String id, String name, String reason) {
        return new CheckResult(id, name, Verdict.SOFT_BLOCK, reason);
    }

    public static CheckResult hard(String id, String name, String reason) {
        return new CheckResult(id, name, Verdict.HARD_BLOCK, reason);
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }

    @Override
    public String toString() {
        return id + " " + name + " " + verdict + ": " + reason;
    }
}
