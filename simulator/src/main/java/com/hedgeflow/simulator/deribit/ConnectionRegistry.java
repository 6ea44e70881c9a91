package com.hedgeflow.simulator.deribit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Session;

/** The open client connections, for publishing and for the fault hooks. */
public final class ConnectionRegistry {
    private final Map<Long, DeribitConnection> open = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    /** Told once per connection when it ends, however it ends (cancel-on-disconnect hangs off this). */
    private volatile Consumer<DeribitConnection> onEnded = c -> {
    };

    void onEnded(Consumer<DeribitConnection> listener) {
        this.onEnded = listener;
    }

    DeribitConnection register(Session session) {
        DeribitConnection connection = new DeribitConnection(ids.incrementAndGet(), session);
        open.put(connection.id(), connection);
        return connection;
    }

    void remove(DeribitConnection connection) {
        if (open.remove(connection.id()) != null) {
            connection.onClosed();
            onEnded.accept(connection);
        }
    }

    public Collection<DeribitConnection> all() {
        return List.copyOf(open.values());
    }

    /** Fault hook: sends a raw text frame, as is, to every open connection. */
    public void sendToAll(String rawFrame) {
        for (DeribitConnection connection : all()) {
            connection.send(rawFrame);
        }
    }

    public int size() {
        return open.size();
    }

    /** Forgets every connection at once, so a reconnect counts from zero, then drops the sockets. */
    public void disconnectAll() {
        for (DeribitConnection connection : all()) {
            if (open.remove(connection.id()) == null) {
                continue; // ended on its own meanwhile, and was handled then
            }
            connection.disconnect();
            connection.onClosed();
            onEnded.accept(connection);
        }
    }
}
