package com.hedgeflow.app.journal;

import com.hedgeflow.engine.hedging.AuditEvent;

/** An audit event as read back, with its sequence number so a screen can page and link to it. */
public record AuditRecord(long seq, AuditEvent event) {
}
