package com.hedgeflow.engine.orders.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every check's result for one order at one instant, kept whole for the audit log. */
public record CheckReport(List<CheckResult> results) {
    public CheckReport {
        results = List.copyOf(results);
    }

    public CheckReport plus(CheckResult extra) {
        List<CheckResult> all = new ArrayList<>(results);
        all.add(extra);
        return new CheckReport(all);
    }

    /**
     * Whether the order may go. Hard blocks always stop it; soft blocks stop it unless a person confirmed them.
     * Automatic sends never confirm.
     */
    public boolean allows(boolean softBlocksConfirmed) {
        return blocking(softBlocksConfirmed).isEmpty();
    }

    public List<CheckResult> blocking(boolean softBlocksConfirmed) {
        return results.stream()
                .filter(r -> r.verdict() == Verdict.HARD_BLOCK
                        || (r.verdict() == Verdict.SOFT_BLOCK && !softBlocksConfirmed))
                .collect(Collectors.toList());
    }

    public boolean hasHardBlock() {
        return results.stream().anyMatch(r -> r.verdict() == Verdict.HARD_BLOCK);
    }

    public boolean hasSoftBlock() {
        return results.stream().anyMatch(r -> r.verdict() == Verdict.SOFT_BLOCK);
    }

    public CheckResult result(String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** The blocks in one line, or "all checks passed". */
    public String summary() {
        List<CheckResult> blocks = blocking(false);
        if (blocks.isEmpty()) {
            return "all " + results.size() + " checks passed";
        }
        return blocks.stream().map(r -> r.id() + " " + r.name() + ": " + r.reason())
                .collect(Collectors.joining("; "));
    }
}
