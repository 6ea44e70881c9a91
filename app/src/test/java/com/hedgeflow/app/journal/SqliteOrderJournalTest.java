package com.hedgeflow.app.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.orders.OrderEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteOrderJournalTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("data").resolve(JournalDatabase.FILE_NAME);
    }

    @Test
    void everyEventTypeRoundTripsExactly() {
        List<OrderEvent> events = SampleEvents.everyType();
        try (JournalDatabase db = JournalDatabase.open(file())) {
            events.forEach(db.orders()::append);
            assertEquals(events, db.orders().readAll());
        }
        try (JournalDatabase db = JournalDatabase.open(file())) {
            assertEquals(events, db.orders().readAll(), "and again after reopening");
        }
    }

    @Test
    void reopenKeepsEpochAndEventsAndAppendsAfterThem() {
        String epoch;
        long first;
        try (JournalDatabase db = JournalDatabase.open(file())) {
            epoch = db.orders().epoch();
            first = db.orders().appendWithSequence(SampleEvents.everyType().get(0));
        }
        try (JournalDatabase db = JournalDatabase.open(file())) {
            assertEquals(epoch, db.orders().epoch());
            long second = db.orders().appendWithSequence(SampleEvents.everyType().get(1));
            assertTrue(second > first);
            assertEquals(SampleEvents.everyType().subList(0, 2), db.orders().readAll());
        }
        try (JournalDatabase other = JournalDatabase.open(dir.resolve("other.db"))) {
            assertNotEquals(epoch, other.epoch(), "a new journal gets a new epoch");
        }
    }

    @Test
    void walAndFullSyncAreInForce() {
        try (JournalDatabase db = JournalDatabase.open(file())) {
            assertEquals("wal", db.pragma("journal_mode"));
            assertEquals("2", db.pragma("synchronous"), "2 is FULL");
            assertEquals("exclusive", db.pragma("locking_mode"));
            assertEquals(String.valueOf(JournalSchema.APPLICATION_ID), db.pragma("application_id"));
        }
    }

    @Test
    void aSecondOpenOfTheSameFileIsRefused() {
        try (JournalDatabase db = JournalDatabase.open(file())) {
            db.orders().append(SampleEvents.everyType().get(0));
            JournalException e = assertThrows(JournalException.class, () -> JournalDatabase.open(file()));
            assertEquals(JournalException.Reason.IN_USE, e.reason());
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "instrument,size\nBTC-PERPETUAL,10\n");
        JournalException e = assertThrows(JournalException.class, () -> JournalDatabase.open(file()));
        assertEquals(JournalException.Reason.NOT_A_JOURNAL, e.reason());
        assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        assertEquals("instrument,size\nBTC-PERPETUAL,10\n", Files.readString(file()));
    }

    @Test
    void anotherAppsDatabaseIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("other.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE contacts (name TEXT)");
        }
        JournalException e = assertThrows(JournalException.class,
                () -> JournalDatabase.open(dir.resolve("other.db")));
        assertEquals(JournalException.Reason.NOT_A_JOURNAL, e.reason());
        assertTrue(e.getMessage().contains("not a Hedgeflow journal"), e.getMessage());
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        JournalDatabase.open(file()).close();
        sql("UPDATE schema_version SET version = " + (JournalSchema.LATEST + 1));
        JournalException e = assertThrows(JournalException.class, () -> JournalDatabase.open(file()));
        assertEquals(JournalException.Reason.NEWER_SCHEMA, e.reason());
        assertTrue(e.getMessage().contains("newer Hedgeflow"), e.getMessage());
    }

    @Test
    void aCorruptRowIsNamedNotSkipped() throws Exception {
        List<String> tampering = List.of(
                "UPDATE order_events SET payload = replace(payload, 'BTC', 'ETH') WHERE seq = 2",
                "UPDATE order_events SET type = 'EXPLODED' WHERE seq = 2",
                "UPDATE order_events SET at_nano = at_nano + 1 WHERE seq = 2",
                "UPDATE order_events SET client_order_id = 'other' WHERE seq = 2");
        for (String tamper : tampering) {
            Files.deleteIfExists(file());
            try (JournalDatabase db = JournalDatabase.open(file())) {
                SampleEvents.everyType().subList(0, 3).forEach(db.orders()::append);
            }
            sql(tamper);
            try (JournalDatabase db = JournalDatabase.open(file())) {
                JournalException e = assertThrows(JournalException.class, () -> db.orders().readAll(), tamper);
                assertEquals(JournalException.Reason.CORRUPT, e.reason());
                assertTrue(e.getMessage().contains("seq=2"), e.getMessage());
            }
        }
    }

    @Test
    void aRowWithTheRightChecksumButWrongFieldsIsStillRefused() throws Exception {
        // Written by a buggy build rather than damaged: the checksum matches, the decoder must still object.
        EventRow bad = new EventRow(OrderEventCodec.FILLED, "id", 1L, 0, "t;-1.0;5.0;0.0;");
        try (JournalDatabase db = JournalDatabase.open(file())) {
            db.orders().append(SampleEvents.everyType().get(0));
        }
        sql("INSERT INTO order_events (type, client_order_id, at_second, at_nano, payload, crc) VALUES ('"
                + bad.type() + "', 'id', 1, 0, '" + bad.payload() + "', " + bad.crc() + ")");
        try (JournalDatabase db = JournalDatabase.open(file())) {
            JournalException e = assertThrows(JournalException.class, () -> db.orders().readAll());
            assertTrue(e.getMessage().contains("seq=2") && e.getMessage().contains("positive size"),
                    e.getMessage());
        }
    }

    @Test
    void sequencesIncrease() {
        try (JournalDatabase db = JournalDatabase.open(file())) {
            List<Long> seqs = new ArrayList<>();
            for (OrderEvent e : SampleEvents.everyType()) {
                seqs.add(db.orders().appendWithSequence(e));
            }
            for (int i = 1; i < seqs.size(); i++) {
                assertTrue(seqs.get(i) > seqs.get(i - 1), seqs.toString());
            }
        }
    }

    /** Edits the closed journal behind its back, as a disk fault or a hand edit would. */
    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
