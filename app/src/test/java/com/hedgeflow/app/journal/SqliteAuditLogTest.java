package com.hedgeflow.app.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.engine.hedging.AuditEvent;
import com.hedgeflow.engine.hedging.AuditKind;
import com.hedgeflow.engine.orders.checks.CheckResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuditLogTest {
    @TempDir
    Path dir;

    private static AuditEvent event(int second, AuditKind kind, String subject, String actor, String message,
                                    List<CheckResult> checks) {
        return new AuditEvent(Instant.ofEpochSecond(1_800_000_000L + second, 7), kind, "BTC", subject, actor,
                message, checks);
    }

    @Test
    void eventsRoundTripWithTheirChecksNewestFirst() {
        List<CheckResult> checks = List.of(CheckResult.pass("PT-01", "size", "0.1 <= 5"),
                CheckResult.hard("PT-02", "collar; \"price\"", SampleEvents.AWKWARD),
                CheckResult.soft("PT-03", "", ""));
        AuditEvent a = event(1, AuditKind.PROPOSAL_CREATED, "prop-1", AuditEvent.HEDGER, SampleEvents.AWKWARD,
                checks);
        AuditEvent b = event(2, AuditKind.ORDER_SENT, "hf-1", "Alice", "sent 0.1 BTC-PERPETUAL", List.of());
        AuditEvent c = new AuditEvent(Instant.EPOCH, AuditKind.MODE_CHANGED, null, null, null, null, List.of());
        try (JournalDatabase db = JournalDatabase.open(dir.resolve("j.db"))) {
            db.audit().record(a);
            db.audit().record(b);
            db.audit().record(c);
        }
        try (JournalDatabase db = JournalDatabase.open(dir.resolve("j.db"))) {
            List<AuditRecord> recent = db.audit().recent(10);
            assertEquals(List.of(c, b, a), recent.stream().map(AuditRecord::event).toList());
            assertEquals(List.of(3L, 2L, 1L), recent.stream().map(AuditRecord::seq).toList());
            assertEquals(List.of(c, b), db.audit().recent(2).stream().map(AuditRecord::event).toList());
        }
    }

    @Test
    void searchMatchesAnyTextColumnAndTakesWildcardsLiterally() {
        try (JournalDatabase db = JournalDatabase.open(dir.resolve("j.db"))) {
            db.audit().record(event(1, AuditKind.ORDER_SENT, "hf-1", "alice", "sent 0.1 BTC-PERPETUAL", List.of()));
            db.audit().record(event(2, AuditKind.ORDER_UPDATE, "hf-1", AuditEvent.HEDGER, "filled 100%", List.of()));
            db.audit().record(event(3, AuditKind.KILL_ENGAGED, "", "Bob", "kill switch; all_cancel", List.of()));
            db.audit().record(event(4, AuditKind.ORDER_SENT, "hf-2", "alice", "semi ; back \\ here", List.of()));

            assertEquals(List.of(2L, 1L), seqs(db.audit().search("hf-1", 10)));
            assertEquals(List.of(4L, 1L), seqs(db.audit().search("ALICE", 10)), "actor, any case");
            assertEquals(List.of(2L), seqs(db.audit().search("100%", 10)));
            assertEquals(List.of(), seqs(db.audit().search("1_0", 10)), "_ is not a wildcard");
            assertEquals(List.of(3L), seqs(db.audit().search("all_cancel", 10)));
            assertEquals(List.of(3L), seqs(db.audit().search("KILL_ENG", 10)), "the kind too");
            assertEquals(List.of(4L), seqs(db.audit().search("; back \\", 10)), "escaped characters too");
            assertEquals(List.of(4L), seqs(db.audit().search("sent", 1)), "limit keeps the newest");
            assertEquals(List.of(1L, 2L), seqs(db.audit().forSubject("hf-1")));
        }
    }

    private static List<Long> seqs(List<AuditRecord> records) {
        return records.stream().map(AuditRecord::seq).toList();
    }
}
