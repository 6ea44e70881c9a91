package com.hedgeflow.app.journal;

import com.hedgeflow.app.wiring.UserDirs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * The journal file: one SQLite database holding the order events and the audit log, opened once per process.
 *
 * <p>Pragmas and why: {@code journal_mode=WAL} so a commit is one append to the log; {@code synchronous=FULL} so
 * that append is fsynced before the commit returns (NORMAL would lose the last commits on power loss, which for
 * an order journal means sending without a record); {@code locking_mode=EXCLUSIVE} so a second Hedgeflow cannot
 * open the same journal and interleave orders (the lock dies with the process, so a crash never leaves it held).
 *
 * <p>One connection, shared by {@link #orders()} and {@link #audit()} under this object's lock: SQLite serialises
 * writers anyway, and one connection keeps the exclusive lock simple.
 */
public final class JournalDatabase implements AutoCloseable {
    /** The journal's file name inside {@link UserDirs#data()}. */
    public static final String FILE_NAME = "journal.db";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final String epoch;
    private final SqliteOrderJournal orders;
    private final SqliteAuditLog audit;

    private JournalDatabase(Path file, Connection connection, String epoch) {
        this.file = file;
        this.connection = connection;
        this.epoch = epoch;
        this.orders = new SqliteOrderJournal(this);
        this.audit = new SqliteAuditLog(this);
    }

    /** The journal in the user's data folder, created on first use. */
    public static JournalDatabase open(UserDirs dirs) {
        return open(dirs.data().resolve(FILE_NAME));
    }

    /**
     * Opens the journal at {@code file}, creating it (and its folder) if missing, migrating an older schema.
     *
     * @throws JournalException NOT_A_JOURNAL, NEWER_SCHEMA, CORRUPT, IN_USE or IO
     */
    public static JournalDatabase open(Path file) {
        Path path = file.toAbsolutePath();
        checkIsSqliteOrEmpty(path);
        Connection c = null;
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            c = DriverManager.getConnection("jdbc:sqlite:" + path);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("PRAGMA busy_timeout = 1000");
                s.executeUpdate("PRAGMA locking_mode = EXCLUSIVE");
                String mode = queryString(s, "PRAGMA journal_mode = WAL");
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw new JournalException(JournalException.Reason.IO,
                            path + ": SQLite refused WAL mode (got " + mode + ")");
                }
                s.executeUpdate("PRAGMA synchronous = FULL");
            }
            String epoch = JournalSchema.prepare(c, path);
            return new JournalDatabase(path, c, epoch);
        } catch (SQLException e) {
            closeQuietly(c);
            String msg = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            if (msg.contains("locked") || msg.contains("busy")) {
                throw new JournalException(JournalException.Reason.IN_USE,
                        path + " is open in another Hedgeflow (or another program); close it first", e);
            }
            if (msg.contains("not a database")) {
                throw new JournalException(JournalException.Reason.NOT_A_JOURNAL, path + " is not a database", e);
            }
            throw new JournalException(JournalException.Reason.IO, "cannot open journal " + path + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(c);
            throw new JournalException(JournalException.Reason.IO, "cannot create folder for " + path, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Refuses early, before SQLite touches it, a file that is clearly something else (a CSV picked by mistake). */
    private static void checkIsSqliteOrEmpty(Path path) {
        if (!Files.isRegularFile(path)) {
            if (Files.exists(path)) {
                throw new JournalException(JournalException.Reason.NOT_A_JOURNAL, path + " is not a file");
            }
            return;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw new JournalException(JournalException.Reason.NOT_A_JOURNAL,
                        path + " is not a SQLite database, so not a Hedgeflow journal");
            }
        } catch (IOException e) {
            throw new JournalException(JournalException.Reason.IO, "cannot read " + path, e);
        }
    }

    private static String queryString(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the original error is the one to report
            }
        }
    }

    public SqliteOrderJournal orders() {
        return orders;
    }

    public SqliteAuditLog audit() {
        return audit;
    }

    /** Fixed when the file was created; see {@code OrderJournal.epoch()}. */
    public String epoch() {
        return epoch;
    }

    public Path file() {
        return file;
    }

    /** Holders must synchronise on this database while using it. */
    Connection connection() {
        return connection;
    }

    /** The value of a pragma as SQLite reports it now, e.g. {@code journal_mode} or {@code synchronous}. */
    public synchronized String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        try (Statement s = connection.createStatement()) {
            return queryString(s, "PRAGMA " + name);
        } catch (SQLException e) {
            throw failure("read pragma " + name, e);
        }
    }

    JournalException failure(String what, SQLException e) {
        return new JournalException(JournalException.Reason.IO, "journal " + file + ": could not " + what + ": "
                + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
