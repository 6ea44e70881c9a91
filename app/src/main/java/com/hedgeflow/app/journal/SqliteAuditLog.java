package com.hedgeflow.app.journal;

import com.hedgeflow.engine.hedging.AuditEvent;
import com.hedgeflow.engine.hedging.AuditKind;
import com.hedgeflow.engine.hedging.AuditSink;
import com.hedgeflow.engine.orders.checks.CheckResult;
import com.hedgeflow.engine.orders.checks.Verdict;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audit log in the journal's database: every {@link AuditEvent} as one row, committed before
 * {@link #record} returns (an audit line that a crash can lose is no audit). Text columns are stored as written
 * (escaped only for the few characters SQLite text cannot hold) so {@link #search} can match them; the check
 * results go in one encoded column. Obtain it from {@link JournalDatabase#audit()}.
 */
public final class SqliteAuditLog implements AuditSink {
    private static final String COLUMNS = "seq, at_second, at_nano, kind, underlying, subject, actor, message, checks";

    private final JournalDatabase db;

    SqliteAuditLog(JournalDatabase db) {
        this.db = db;
    }

    /** @throws JournalException when it could not be written: the caller decides whether to go on */
    @Override
    public void record(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        Fields.Writer checks = new Fields.Writer();
        for (CheckResult r : event.checks()) {
            checks.string(r.id()).string(r.name()).enumValue(r.verdict()).string(r.reason());
        }
        synchronized (db) {
            try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO audit_events"
                    + " (at_second, at_nano, kind, underlying, subject, actor, message, checks)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, event.at().getEpochSecond());
                ps.setInt(2, event.at().getNano());
                ps.setString(3, event.kind().name());
                ps.setString(4, Fields.escape(event.underlying()));
                ps.setString(5, Fields.escape(event.subject()));
                ps.setString(6, Fields.escape(event.actor()));
                ps.setString(7, Fields.escape(event.message()));
                ps.setString(8, checks.encoded());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw db.failure("record audit event " + event.kind() + " " + event.subject(), e);
            }
        }
    }

    /** The newest {@code limit} events, newest first. */
    public List<AuditRecord> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM audit_events ORDER BY seq DESC LIMIT ?", List.of(limit));
    }

    /**
     * The newest {@code limit} events whose kind, underlying, subject (proposal or client order id), actor or
     * message contains {@code text} (case-insensitive for ASCII letters), newest first.
     */
    public List<AuditRecord> search(String text, int limit) {
        // LIKE with our own escape character, so % and _ typed by a trader match themselves.
        String pattern = "%" + Fields.escape(text).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        String like = " LIKE ? ESCAPE '!'";
        return query("SELECT " + COLUMNS + " FROM audit_events WHERE kind" + like + " OR underlying" + like
                + " OR subject" + like + " OR actor" + like + " OR message" + like + " ORDER BY seq DESC LIMIT ?",
                List.of(pattern, pattern, pattern, pattern, pattern, limit));
    }

    /** Every event of one order or proposal, oldest first: the trail behind a blotter line. */
    public List<AuditRecord> forSubject(String subject) {
        return query("SELECT " + COLUMNS + " FROM audit_events WHERE subject = ? ORDER BY seq",
                List.of(Fields.escape(subject)));
    }

    private List<AuditRecord> query(String sql, List<Object> params) {
        List<AuditRecord> out = new ArrayList<>();
        synchronized (db) {
            try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(decode(rs));
                    }
                }
            } catch (SQLException e) {
                throw db.failure("query the audit log", e);
            }
        }
        return out;
    }

    private AuditRecord decode(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        try {
            List<CheckResult> checks = new ArrayList<>();
            String encoded = rs.getString(9);
            Fields.Reader r = new Fields.Reader(encoded == null ? "" : encoded);
            int count = encoded == null ? 0 : countFields(encoded);
            if (count % 4 != 0) {
                throw new IllegalArgumentException("check results have " + count + " fields, not a multiple of 4");
            }
            for (int i = 0; i < count / 4; i++) {
                checks.add(new CheckResult(r.string(), r.string(), r.enumValue(Verdict.class), r.string()));
            }
            r.end();
            AuditEvent event = new AuditEvent(Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3)),
                    AuditKind.valueOf(rs.getString(4)), Fields.unescape(rs.getString(5)),
                    Fields.unescape(rs.getString(6)), Fields.unescape(rs.getString(7)),
                    Fields.unescape(rs.getString(8)), checks);
            return new AuditRecord(seq, event);
        } catch (RuntimeException e) {
            throw new JournalException(JournalException.Reason.CORRUPT, "journal " + db.file()
                    + ": audit row seq=" + seq + " is corrupt: " + e.getMessage(), e);
        }
    }

    private static int countFields(String encoded) {
        int n = 0;
        for (int i = 0; i < encoded.length(); i++) {
            if (encoded.charAt(i) == ';') {
                n++;
            }
        }
        return n;
    }
}
