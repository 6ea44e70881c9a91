package com.hedgeflow.simulator.market;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the market model every 100 ms on its own thread, keeps the newest snapshot for request handlers
 * and hands each new one to the publisher.
 */
public final class MarketClock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MarketClock.class);

    private final MarketModel model;
    private final Clock clock;
    private volatile Consumer<MarketSnapshot> publisher = snapshot -> {
    };
    private final AtomicReference<MarketSnapshot> latest;
    private final ScheduledExecutorService executor;

    public MarketClock(MarketModel model, Clock clock) {
        this.model = Objects.requireNonNull(model, "model");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.latest = new AtomicReference<>(model.opening(clock.instant()));
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-market");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts ticking; each new snapshot goes to {@code publisher} on the market thread. */
    public void start(Consumer<MarketSnapshot> publisher) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        long periodMillis = Math.round(MarketModel.TICK_SECONDS * 1000);
        executor.scheduleAtFixedRate(this::tick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    public MarketSnapshot latest() {
        return latest.get();
    }

    private void tick() {
        try {
            MarketSnapshot next = model.step(clock.instant());
            latest.set(next);
            publisher.accept(next);
        } catch (RuntimeException e) {
            // A failed tick must not cancel the schedule: the market would silently freeze.
            LOG.error("market tick failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
