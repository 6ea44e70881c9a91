package com.hedgeflow.engine.hedging;

/** Where audit events go; the app writes them to SQLite. Called on the engine thread; must not block for long. */
@FunctionalInterface
public interface AuditSink {
    void record(AuditEvent event);
}
