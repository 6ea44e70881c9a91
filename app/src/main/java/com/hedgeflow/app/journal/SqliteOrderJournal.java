package com.hedgeflow.app.journal;

import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderJournal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The engine's write-ahead order journal over SQLite. {@link #append} runs one INSERT in autocommit mode, so with
 * WAL and synchronous=FULL the row is fsynced before it returns; on any failure it throws and the engine must not
 * send. Obtain it from {@link JournalDatabase#orders()}.
 */
public final class SqliteOrderJournal implements OrderJournal {
    private final JournalDatabase db;

    SqliteOrderJournal(JournalDatabase db) {
        this.db = db;
    }

    /** @return the sequence number the event was stored under (increasing, never reused) */
    public long appendWithSequence(OrderEvent event) {
        Objects.requireNonNull(event, "event");
        EventRow row = OrderEventCodec.encode(event);
        synchronized (db) {
            Connection c = db.connection();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_events"
                    + " (type, client_order_id, at_second, at_nano, payload, crc) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, row.type());
                ps.setString(2, row.clientOrderId());
                if (row.atSecond() == null) {
                    ps.setNull(3, Types.INTEGER);
                    ps.setNull(4, Types.INTEGER);
                } else {
                    ps.setLong(3, row.atSecond());
                    ps.setInt(4, row.atNano());
                }
                ps.setString(5, row.payload());
                ps.setLong(6, row.crc());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : -1;
                }
            } catch (SQLException e) {
                throw db.failure("append " + event, e);
            }
        }
    }

    @Override
    public void append(OrderEvent event) {
        appendWithSequence(event);
    }

    /**
     * Every event in sequence order.
     *
     * @throws JournalException CORRUPT naming the first row that does not decode; nothing is skipped
     */
    @Override
    public List<OrderEvent> readAll() {
        List<OrderEvent> out = new ArrayList<>();
        synchronized (db) {
            try (Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT seq, type, client_order_id, at_second, at_nano, payload, crc"
                         + " FROM order_events ORDER BY seq")) {
                while (rs.next()) {
                    out.add(decode(rs));
                }
            } catch (SQLException e) {
                throw db.failure("read order events", e);
            }
        }
        return out;
    }

    private OrderEvent decode(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        try {
            EventRow row = new EventRow(rs.getString(2), rs.getString(3), longOrNull(rs, 4),
                    intOrNull(rs, 5), rs.getString(6));
            if (row.type() == null || row.clientOrderId() == null || row.payload() == null) {
                throw new IllegalArgumentException("a required column is null");
            }
            long stored = rs.getLong(7);
            if (stored != row.crc()) {
                throw new IllegalArgumentException("checksum mismatch (stored " + stored + ", computed "
                        + row.crc() + ")");
            }
            return OrderEventCodec.decode(row);
        } catch (RuntimeException e) {
            throw new JournalException(JournalException.Reason.CORRUPT, "journal " + db.file()
                    + ": order event row seq=" + seq + " is corrupt: " + e.getMessage(), e);
        }
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public String epoch() {
        return db.epoch();
    }
}
