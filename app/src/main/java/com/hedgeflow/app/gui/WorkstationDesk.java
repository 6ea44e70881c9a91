package com.hedgeflow.app.gui;

import com.hedgeflow.app.hedging.HedgerService;
import com.hedgeflow.app.journal.AuditRecord;
import com.hedgeflow.app.journal.SqliteAuditLog;
import com.hedgeflow.engine.hedging.AuditEvent;
import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.IntentResult;
import com.hedgeflow.views.hedging.AuditEntry;
import com.hedgeflow.views.hedging.HedgerDesk;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The window's hedger desk over the running workstation: intents go to the hedger's engine thread, audit reads to
 * the SQLite log. Every intent is signed with the OS user, which is who the audit log names as the actor.
 */
public final class WorkstationDesk implements HedgerDesk {
    private final HedgerService hedger;
    private final SqliteAuditLog audit;
    private final String user;

    public WorkstationDesk(HedgerService hedger, SqliteAuditLog audit, String user) {
        this.hedger = Objects.requireNonNull(hedger, "hedger");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.user = user == null || user.isBlank() ? "trader" : user;
    }

    /** The person at the keyboard as the OS knows them. */
    public static String osUser() {
        return System.getProperty("user.name", "trader");
    }

    @Override
    public HedgerStatus status() {
        return hedger.status();
    }

    @Override
    public CompletableFuture<IntentResult> setMode(HedgeMode mode) {
        return hedger.intent(c -> c.setMode(mode, user));
    }

    @Override
    public CompletableFuture<IntentResult> approve(String proposalId, boolean confirmSoftBlocks) {
        return hedger.intent(c -> c.approve(proposalId, confirmSoftBlocks, user));
    }

    @Override
    public CompletableFuture<IntentResult> reject(String proposalId) {
        return hedger.intent(c -> c.reject(proposalId, user));
    }

    @Override
    public CompletableFuture<IntentResult> engageKillSwitch(String reason) {
        return hedger.intent(c -> c.engageKillSwitch(user, reason));
    }

    @Override
    public CompletableFuture<IntentResult> resume() {
        return hedger.intent(c -> c.resumeAfterKill(user));
    }

    @Override
    public List<AuditEntry> audit(String search, int limit) {
        List<AuditRecord> records = search == null || search.isBlank()
                ? audit.recent(limit) : audit.search(search.trim(), limit);
        return records.stream().map(WorkstationDesk::entry).collect(Collectors.toList());
    }

    static AuditEntry entry(AuditRecord r) {
        AuditEvent e = r.event();
        String subject = e.underlying().isEmpty() ? e.subject()
                : e.subject().isEmpty() ? e.underlying() : e.underlying() + " " + e.subject();
        return new AuditEntry(e.at(), e.kind().name(), subject, e.actor(), e.message());
    }
}
