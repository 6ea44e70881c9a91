package com.hedgeflow.simulator.deribit;

import com.hedgeflow.simulator.auth.TokenRegistry;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client socket: its login, its subscriptions and its heartbeat. Requests arrive on Jetty threads,
 * notifications on the market thread and heartbeats on the session scheduler, so every field is guarded.
 */
public final class DeribitConnection {
    private static final Logger LOG = LoggerFactory.getLogger(DeribitConnection.class);

    private final long id;
    private final Session session;
    private final Set<String> subscriptions = Collections.synchronizedSet(new LinkedHashSet<>());
    private volatile String accessToken;
    private volatile Heartbeat heartbeat;
    private volatile String closeAfterReply;
    private volatile boolean cancelOnDisconnect;
    private volatile boolean loggedOut;
    /** Orders created on this connection: the only ones cancel-on-disconnect may cancel (venues.md §1.4.3). */
    private final Set<String> placedOrders = Collections.synchronizedSet(new LinkedHashSet<>());

    DeribitConnection(long id, Session session) {
        this.id = id;
        this.session = session;
    }

    public long id() {
        return id;
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    /**
     * Sends in call order. A failed send means the client cannot keep up or is gone; drop it rather than
     * let frames pile up, as the venue does with slow consumers.
     */
    public void send(String text) {
        synchronized (session) {
            if (!session.isOpen()) {
                return;
            }
            session.sendText(text, Callback.from(() -> {
            }, failure -> {
                LOG.debug("connection {}: send failed, dropping it", id, failure);
                session.disconnect();
            }));
        }
    }

    // --- login

    void authenticate(String token) {
        this.accessToken = token;
    }

    String accessToken() {
        return accessToken;
    }

    boolean isAuthenticated(TokenRegistry tokens) {
        return tokens.isValidAccess(accessToken);
    }

    // --- subscriptions

    /** Adds the channels and returns all of them (a repeated subscribe is still a subscribed channel). */
    List<String> subscribe(List<String> channels) {
        subscriptions.addAll(channels);
        return List.copyOf(channels);
    }

    /** Removes the channels and returns those that were subscribed. */
    List<String> unsubscribe(List<String> channels) {
        return channels.stream().distinct().filter(subscriptions::remove).toList();
    }

    void unsubscribeAll() {
        subscriptions.clear();
    }

    List<String> subscriptions() {
        synchronized (subscriptions) {
            return List.copyOf(subscriptions);
        }
    }

    // --- cancel-on-disconnect

    void cancelOnDisconnect(boolean enabled) {
        this.cancelOnDisconnect = enabled;
    }

    boolean cancelOnDisconnect() {
        return cancelOnDisconnect;
    }

    /** A logout ends the connection gracefully: the venue keeps its orders even under cancel-on-disconnect. */
    void loggedOut() {
        this.loggedOut = true;
    }

    boolean isLoggedOut() {
        return loggedOut;
    }

    void orderPlaced(String orderId) {
        placedOrders.add(orderId);
    }

    List<String> placedOrders() {
        synchronized (placedOrders) {
            return List.copyOf(placedOrders);
        }
    }

    // --- heartbeat

    void setHeartbeat(Heartbeat next) {
        Heartbeat previous = this.heartbeat;
        this.heartbeat = next;
        if (previous != null) {
            previous.stop();
        }
    }

    void testAnswered() {
        Heartbeat h = heartbeat;
        if (h != null) {
            h.answered();
        }
    }

    // --- ending

    /** Asks for a close once the current response has gone out (logout answers before it hangs up). */
    void closeAfterReply(String reason) {
        this.closeAfterReply = reason;
    }

    void closeIfRequested() {
        String reason = closeAfterReply;
        if (reason != null) {
            closeAfterReply = null;
            close(reason);
        }
    }

    /** Closes with a close frame, as the venue does on logout or a missed test_request. */
    public void close(String reason) {
        stopHeartbeat();
        session.close(StatusCode.NORMAL, reason, Callback.NOOP);
    }

    /** Drops the TCP connection with no close frame: what a network fault looks like to the client. */
    public void disconnect() {
        stopHeartbeat();
        session.disconnect();
    }

    void onClosed() {
        stopHeartbeat();
        subscriptions.clear();
    }

    private void stopHeartbeat() {
        setHeartbeat(null);
    }
}
