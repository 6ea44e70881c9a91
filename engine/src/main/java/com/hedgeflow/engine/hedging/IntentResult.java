package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.orders.checks.CheckReport;

/**
 * The answer to a person's request (approve, modify, reject, retry, mode, kill switch), for the screen to show.
 *
 * @param subject the proposal or client order id it produced or concerned, or empty
 * @param checks  the checks that ran at the click, or {@code null} when none ran
 */
public record IntentResult(Outcome outcome, String subject, String message, CheckReport checks) {

    public enum Outcome {
        /** Done as asked (and for an approval: the order went out). */
        DONE,
        /** Only soft limits stand in the way: ask the person to confirm them and approve again. */
        NEEDS_CONFIRMATION,
        /** A check refused it; the message says which. */
        BLOCKED,
        /** The proposal's approval window closed; the hedger will propose again with fresh prices. */
        EXPIRED,
        /** No such proposal or order (expired, replaced or already handled). */
        UNKNOWN,
        /** Not allowed in the current state (e.g. automatic mode while the kill switch is on). */
        REFUSED
    }

    public boolean done() {
        return outcome == Outcome.DONE;
    }

    static IntentResult done(String subject, String message, CheckReport checks) {
        return new IntentResult(Outcome.DONE, subject, message, checks);
    }

    static IntentResult of(Outcome outcome, String subject, String message) {
        return new IntentResult(outcome, subject, message, null);
    }
}
