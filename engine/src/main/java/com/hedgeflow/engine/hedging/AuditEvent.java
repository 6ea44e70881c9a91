package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.orders.checks.CheckResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the audit log: every proposal, decision to send, order event, mode change and check result.
 *
 * @param underlying empty for desk-wide events (mode, kill switch)
 * @param subject    the proposal id or client order id it concerns, or empty
 * @param actor      {@code hedger} for the engine's own acts, else the person's name
 * @param checks     every check result behind the event, passes included; empty when none ran
 */
public record AuditEvent(Instant at, AuditKind kind, String underlying, String subject, String actor,
                         String message, List<CheckResult> checks) {
    public static final String HEDGER = "hedger";

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        underlying = underlying == null ? "" : underlying;
        subject = subject == null ? "" : subject;
        actor = actor == null ? HEDGER : actor;
        message = message == null ? "" : message;
        checks = List.copyOf(checks);
    }
}
