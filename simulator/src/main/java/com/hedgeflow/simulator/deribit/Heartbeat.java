package com.hedgeflow.simulator.deribit;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code public/set_heartbeat} for one connection: every interval a {@code heartbeat} and a
 * {@code test_request}; if the previous test_request is still unanswered by {@code public/test} when the next
 * one is due, the venue treats the client as dead and closes the connection.
 */
final class Heartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final DeribitConnection connection;
    private final Envelope envelope;
    private final AtomicBoolean awaitingTest = new AtomicBoolean();
    private final ScheduledFuture<?> task;

    Heartbeat(DeribitConnection connection, Envelope envelope, ScheduledExecutorService scheduler, int intervalSeconds) {
        this.connection = connection;
        this.envelope = envelope;
        this.task = scheduler.scheduleAtFixedRate(this::beat, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    void answered() {
        awaitingTest.set(false);
    }

    void stop() {
        task.cancel(false);
    }

    private void beat() {
        if (!connection.isOpen()) {
            stop();
            return;
        }
        if (awaitingTest.get()) {
            LOG.info("connection {}: test_request not answered, closing", connection.id());
            stop();
            connection.close("heartbeat test_request not answered");
            return;
        }
        awaitingTest.set(true);
        connection.send(envelope.heartbeat("heartbeat"));
        connection.send(envelope.heartbeat("test_request"));
    }
}
