package com.hedgeflow.app.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * Recognises a Hedgeflow journal and brings its schema up to date.
 *
 * <p>Identity: SQLite's header field {@code application_id} is set to {@link #APPLICATION_ID}, so another app's
 * database is refused instead of being written into. The schema version lives in the {@code schema_version} table;
 * {@link #MIGRATIONS} holds one step per version, applied in order in one transaction, so a crash mid-migration
 * leaves the old schema intact.
 */
final class JournalSchema {
    /** "HFJ1" in ASCII. */
    static final int APPLICATION_ID = 0x48464A31;

    /** One migration step: from version {@code n} to {@code n + 1} is {@code MIGRATIONS.get(n)}. */
    @FunctionalInterface
    interface Migration {
        void apply(Statement s) throws SQLException;
    }

    static final List<Migration> MIGRATIONS = List.of(JournalSchema::v1);

    static final int LATEST = MIGRATIONS.size();

    private JournalSchema() {
    }

    /** v1: the order events, the audit log and the epoch. */
    private static void v1(Statement s) throws SQLException {
        s.executeUpdate("CREATE TABLE journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        // AUTOINCREMENT: sequence numbers are never reused, even after the last row is deleted.
        s.executeUpdate("CREATE TABLE order_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL,"
                + " client_order_id TEXT NOT NULL, at_second INTEGER, at_nano INTEGER, payload TEXT NOT NULL,"
                + " crc INTEGER NOT NULL)");
        s.executeUpdate("CREATE INDEX order_events_by_client_order_id ON order_events (client_order_id)");
        s.executeUpdate("CREATE TABLE audit_events (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " at_second INTEGER NOT NULL, at_nano INTEGER NOT NULL, kind TEXT NOT NULL,"
                + " underlying TEXT NOT NULL, subject TEXT NOT NULL, actor TEXT NOT NULL, message TEXT NOT NULL,"
                + " checks TEXT NOT NULL)");
        s.executeUpdate("INSERT INTO journal_meta (key, value) VALUES ('epoch', '" + UUID.randomUUID() + "')");
    }

    /**
     * Creates or migrates the schema of an open connection (in autocommit mode) and returns the journal's epoch.
     *
     * @throws JournalException NOT_A_JOURNAL or NEWER_SCHEMA
     */
    static String prepare(Connection c, Path file) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            int version = currentVersion(s, file);
            if (version > LATEST) {
                throw new JournalException(JournalException.Reason.NEWER_SCHEMA, file + " has journal schema v"
                        + version + ", written by a newer Hedgeflow; this build reads up to v" + LATEST
                        + ". Upgrade Hedgeflow (the file is left untouched).");
            }
            if (version < LATEST) {
                if (version == 0) {
                    s.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                    s.executeUpdate("CREATE TABLE schema_version (version INTEGER NOT NULL)");
                    s.executeUpdate("INSERT INTO schema_version (version) VALUES (0)");
                }
                for (int v = version; v < LATEST; v++) {
                    MIGRATIONS.get(v).apply(s);
                }
                s.executeUpdate("UPDATE schema_version SET version = " + LATEST);
            }
            String epoch = epoch(s, file);
            c.commit();
            return epoch;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** 0 for a brand-new (empty) database. */
    private static int currentVersion(Statement s, Path file) throws SQLException {
        int appId = queryInt(s, "PRAGMA application_id");
        int objects = queryInt(s, "SELECT count(*) FROM sqlite_master");
        if (appId == 0 && objects == 0) {
            return 0;
        }
        if (appId != APPLICATION_ID) {
            throw new JournalException(JournalException.Reason.NOT_A_JOURNAL, file
                    + " is a SQLite database but not a Hedgeflow journal (application_id " + appId
                    + "); refusing to write into it");
        }
        if (queryInt(s, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
                == 0) {
            throw new JournalException(JournalException.Reason.CORRUPT, file
                    + " is marked as a Hedgeflow journal but has no schema_version table");
        }
        return queryInt(s, "SELECT version FROM schema_version");
    }

    private static String epoch(Statement s, Path file) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT value FROM journal_meta WHERE key = 'epoch'")) {
            if (!rs.next() || rs.getString(1) == null || rs.getString(1).isBlank()) {
                throw new JournalException(JournalException.Reason.CORRUPT, file + " has no journal epoch");
            }
            return rs.getString(1);
        }
    }

    static int queryInt(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new SQLException("no result for " + sql);
            }
            return rs.getInt(1);
        }
    }
}
