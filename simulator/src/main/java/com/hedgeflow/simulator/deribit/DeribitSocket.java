package com.hedgeflow.simulator.deribit;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's view of one client socket, forwarding its events to the registry and the dispatcher. Public only
 * because Jetty binds the listener methods through method handles, which need a public class.
 */
public final class DeribitSocket implements Session.Listener.AutoDemanding {
    private static final Logger LOG = LoggerFactory.getLogger(DeribitSocket.class);

    private final ConnectionRegistry registry;
    private final RpcDispatcher dispatcher;
    private volatile DeribitConnection connection;

    DeribitSocket(ConnectionRegistry registry, RpcDispatcher dispatcher) {
        this.registry = registry;
        this.dispatcher = dispatcher;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        connection = registry.register(session);
        LOG.debug("connection {} opened from {}", connection.id(), session.getRemoteSocketAddress());
    }

    @Override
    public void onWebSocketText(String message) {
        DeribitConnection c = connection;
        if (c != null) {
            dispatcher.onText(c, message);
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        ended("closed " + statusCode + " " + reason);
        callback.succeed();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        ended("failed: " + cause);
    }

    private void ended(String how) {
        DeribitConnection c = connection;
        if (c != null) {
            LOG.debug("connection {} {}", c.id(), how);
            registry.remove(c);
        }
    }
}
