package com.hedgeflow.app.journal;

import java.util.Objects;

/**
 * The journal could not be opened, written or read. Unchecked because {@code OrderJournal.append} cannot declare
 * checked exceptions; the engine treats any exception from append as "not journaled, do not send".
 */
public final class JournalException extends RuntimeException {

    /** Why, so the app can tell a trader something more useful than a stack trace. */
    public enum Reason {
        /** The file exists but is not a Hedgeflow journal (another app's database, or not SQLite at all). */
        NOT_A_JOURNAL,
        /** Written by a newer Hedgeflow: reading it with an old build could misread or drop events. */
        NEWER_SCHEMA,
        /** A stored row does not decode or fails its checksum. */
        CORRUPT,
        /** Another process holds the journal open. */
        IN_USE,
        /** SQLite or the file system failed (disk full, permissions, ...). */
        IO
    }

    private final Reason reason;

    public JournalException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public JournalException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
