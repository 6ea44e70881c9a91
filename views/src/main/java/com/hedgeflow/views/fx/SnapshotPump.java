package com.hedgeflow.views.fx;

import com.hedgeflow.engine.risk.RiskSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import javafx.application.Platform;

/**
 * The one bridge from the engine's thread to the FX thread.
 *
 * <p>The engine may publish far faster than a screen can be drawn. Queuing a {@code runLater} per
 * snapshot would build a backlog that starves input and shows stale books, so the pump keeps only the
 * newest snapshot and has at most one drain waiting on the FX thread; whatever arrives meanwhile
 * replaces the waiting snapshot and rides on that same drain.
 *
 * <p>A ticker asks for a drain a few times a second even when no snapshot arrives, so ages on screen
 * ("last msg 3.2 s ago") keep growing when a feed goes quiet, which is exactly when they matter.
 */
public final class SnapshotPump {

    /** About 4 Hz: ages read in tenths of a second, and greeks tiles should not move faster (javafx.md §5). */
    public static final long TICK_MILLIS = 250;

    private final BiConsumer<RiskSnapshot, Instant> renderer;
    private final Clock clock;
    private final AtomicReference<RiskSnapshot> latest = new AtomicReference<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final Object lifecycle = new Object();
    private volatile boolean running;
    private ScheduledExecutorService ticker;

    public SnapshotPump(BiConsumer<RiskSnapshot, Instant> renderer, Clock clock) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Any thread. Cheap: one reference swap and, at most, one {@code runLater}. */
    public void offer(RiskSnapshot snapshot) {
        latest.set(Objects.requireNonNull(snapshot, "snapshot"));
        if (running) {
            requestDrain();
        }
    }

    /** Starts drawing: the newest snapshot offered so far is drawn at once, then every change and tick. */
    public void start() {
        synchronized (lifecycle) {
            if (running) {
                return;
            }
            running = true;
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hedgeflow-ui-tick");
                t.setDaemon(true); // never keeps the JVM alive after the window closes
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
        tick();
    }

    /** Stops drawing; offers are still kept, so a later {@link #start()} shows the newest one. */
    public void stop() {
        synchronized (lifecycle) {
            running = false;
            if (ticker != null) {
                ticker.shutdownNow();
                ticker = null;
            }
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void tick() {
        if (running && latest.get() != null) {
            requestDrain();
        }
    }

    private void requestDrain() {
        if (drainPending.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        // Clear the flag before reading: a snapshot offered after this point schedules its own drain,
        // so the newest one is never left waiting for the next tick.
        drainPending.set(false);
        if (!running) {
            return;
        }
        RiskSnapshot snapshot = latest.get();
        if (snapshot != null) {
            renderer.accept(snapshot, clock.instant());
        }
    }
}
