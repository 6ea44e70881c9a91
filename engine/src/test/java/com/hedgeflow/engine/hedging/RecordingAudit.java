package com.hedgeflow.engine.hedging;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

public final class RecordingAudit implements AuditSink {
    public final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    public List<AuditEvent> of(AuditKind kind) {
        return events.stream().filter(e -> e.kind() == kind).collect(Collectors.toList());
    }

    public AuditEvent last(AuditKind kind) {
        List<AuditEvent> all = of(kind);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
