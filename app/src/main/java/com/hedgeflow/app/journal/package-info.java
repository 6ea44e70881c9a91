/**
 * The durable order journal and audit log (risk-controls.md §2.4, DESIGN.md §5): one SQLite file in the user data
 * folder, WAL with synchronous=FULL so a committed row survives a crash or a power cut.
 *
 * <ul>
 *   <li>{@link com.hedgeflow.app.journal.JournalDatabase}: opens the file, sets the pragmas, checks it is a
 *       Hedgeflow journal and migrates its schema; hands out the two views below over one connection.</li>
 *   <li>{@link com.hedgeflow.app.journal.SqliteOrderJournal}: the engine's {@code OrderJournal}.</li>
 *   <li>{@link com.hedgeflow.app.journal.SqliteAuditLog}: the engine's {@code AuditSink}, with queries for the
 *       blotter's search.</li>
 * </ul>
 *
 * <p>Events are stored one row each, with searchable columns (type, client order id, time) and the remaining
 * fields in a small exact text encoding ({@link com.hedgeflow.app.journal.Fields}) guarded by a CRC, so a damaged
 * row is reported by its sequence number instead of being replayed wrong or skipped.
 */
package com.hedgeflow.app.journal;
