package com.hedgeflow.views.hedging;

import java.time.Instant;
import java.util.Objects;

/** One audit line as the blotter shows it; the app maps its journal records to these. */
public record AuditEntry(Instant time, String kind, String subject, String actor, String message) {
    public AuditEntry {
        Objects.requireNonNull(time, "time");
        kind = kind == null ? "" : kind;
        subject = subject == null ? "" : subject;
        actor = actor == null ? "" : actor;
        message = message == null ? "" : message;
    }
}
