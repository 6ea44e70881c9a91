package com.hedgeflow.simulator.deribit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Session;

/** The open client connections, for publishing and for the fault hooks. */
public final class ConnectionRegistry {
    private final Map<Long, DeribitConnection> open = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    DeribitConnection register(Session session) {
        DeribitConnection connection = new DeribitConnection(ids.incrementAndGet(), session);
        open.put(connection.id(), connection);
        return connection;
    }

    void remove(DeribitConnection connection) {
        if (open.remove(connection.id()) != null) {
            connection.onClosed();
        }
    }

    public Collection<DeribitConnection> all() {
        return List.copyOf(open.values());
    }

    public int size() {
        return open.size();
    }

    /** Forgets every connection at once, so a reconnect counts from zero, then drops the sockets. */
    public void disconnectAll() {
        for (DeribitConnection connection : all()) {
            open.remove(connection.id());
            connection.disconnect();
            connection.onClosed();
        }
    }
}
