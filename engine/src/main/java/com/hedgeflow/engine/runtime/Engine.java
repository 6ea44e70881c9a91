package com.hedgeflow.engine.runtime;

import com.hedgeflow.engine.analytics.AnalyticsCalculator;
import com.hedgeflow.engine.analytics.AnalyticsSettings;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.feed.MarketEventSink;
import com.hedgeflow.engine.market.BookState;
import com.hedgeflow.engine.risk.RiskCalculator;
import com.hedgeflow.engine.risk.RiskSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of DESIGN.md §2: one thread takes events from one inbox, applies them to the book in
 * arrival order, and publishes an immutable {@link RiskSnapshot} on a fixed interval. Nothing locks the
 * book; everyone else reads snapshots.
 */
public final class Engine implements MarketEventSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Clock clock;
    private final Duration snapshotInterval;
    /** Market events and tasks (people's intents, order outcomes) share one queue, so they keep their order. */
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final BookState book = new BookState();
    private final List<SnapshotListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<RiskSnapshot> latest = new AtomicReference<>(RiskSnapshot.EMPTY);
    private final Thread thread;
    private final AnalyticsCalculator analyticsCalculator;
    private final Duration analyticsInterval = Duration.ofSeconds(1);
    private final ExecutorService analyticsThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hedgeflow-analytics");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<List<MarketAnalytics>> analytics = new AtomicReference<>(List.of());
    private final AtomicBoolean analyticsRunning = new AtomicBoolean();
    private Instant analyticsAt = Instant.EPOCH;
    private volatile boolean running;

    public Engine(Clock clock, Duration snapshotInterval) {
        this(clock, snapshotInterval, AnalyticsSettings.DEFAULT);
    }

    public Engine(Clock clock, Duration snapshotInterval, AnalyticsSettings analyticsSettings) {
        if (snapshotInterval.isNegative() || snapshotInterval.isZero()) {
            throw new IllegalArgumentException("snapshot interval must be positive: " + snapshotInterval);
        }
        this.clock = clock;
        this.snapshotInterval = snapshotInterval;
        this.analyticsCalculator = new AnalyticsCalculator(analyticsSettings);
        this.thread = new Thread(this::run, "hedgeflow-engine");
        this.thread.setDaemon(true);
    }

    /** The production engine: wall clock, a snapshot every 100 ms, analytics once a second. */
    public static Engine standard(AnalyticsSettings analyticsSettings) {
        return new Engine(Clock.systemUTC(), Duration.ofMillis(100), analyticsSettings);
    }

    public void start() {
        running = true;
        thread.start();
    }

    /** Thread-safe; called by connectors from their I/O threads. */
    @Override
    public void accept(MarketEvent event) {
        inbox.add(event);
    }

    /**
     * Runs a task on the engine thread, after every event that arrived before it: how people's intents and order
     * outcomes reach state that only the engine thread may touch. Thread-safe.
     */
    public void execute(Runnable task) {
        inbox.add(task);
    }

    /**
     * Runs a task on the engine thread with the book itself, for parts that must read live instrument and quote
     * state at the moment they decide (the hedger's market lookup). The book must not leave that thread.
     */
    public void withBook(Consumer<BookState> task) {
        execute(() -> task.accept(book));
    }

    public void addListener(SnapshotListener listener) {
        listeners.add(listener);
    }

    public RiskSnapshot latest() {
        return latest.get();
    }

    private void run() {
        long intervalNanos = snapshotInterval.toNanos();
        long nextSnapshot = System.nanoTime() + intervalNanos;
        while (running) {
            try {
                long wait = nextSnapshot - System.nanoTime();
                Object event = wait > 0 ? inbox.poll(wait, TimeUnit.NANOSECONDS) : null;
                if (event != null) {
                    applyAll(event);
                }
                if (System.nanoTime() - nextSnapshot >= 0) {
                    publish();
                    nextSnapshot += intervalNanos;
                    if (System.nanoTime() - nextSnapshot > intervalNanos) {
                        // We fell far behind (a paused VM): skip the missed beats rather than burst.
                        nextSnapshot = System.nanoTime() + intervalNanos;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // One bad event must not stop the book; it is logged with its cause and skipped.
                LOG.error("engine failed to apply an event; it was skipped", e);
            }
        }
    }

    private void applyAll(Object first) {
        Instant now = clock.instant();
        apply(first, now);
        Object next;
        while ((next = inbox.poll()) != null) {
            apply(next, now);
        }
    }

    private void apply(Object item, Instant now) {
        if (item instanceof MarketEvent event) {
            book.apply(event, now);
        } else {
            try {
                ((Runnable) item).run();
            } catch (RuntimeException e) {
                LOG.error("a task on the engine thread failed; it was skipped", e);
            }
        }
    }

    private void publish() {
        Instant now = clock.instant();
        refreshAnalytics(now);
        RiskSnapshot snapshot = RiskCalculator.snapshot(book, now, analytics.get());
        latest.set(snapshot);
        for (SnapshotListener l : listeners) {
            try {
                l.onSnapshot(snapshot);
            } catch (RuntimeException e) {
                LOG.warn("snapshot listener failed", e);
            }
        }
    }

    /**
     * Full revaluations of the chain (zero gamma, hedge flow, scenarios, SVI fits) take milliseconds to tens of
     * milliseconds, so they run once per interval on their own thread, from inputs the engine thread copied out
     * of the book; snapshots carry the newest finished result. A run still going skips the next turn rather than
     * queueing, and a failure keeps the previous result.
     */
    private void refreshAnalytics(Instant now) {
        boolean due = Duration.between(analyticsAt, now).compareTo(analyticsInterval) >= 0;
        if (!due || !analyticsRunning.compareAndSet(false, true)) {
            return;
        }
        analyticsAt = now;
        List<AnalyticsCalculator.Inputs> inputs = AnalyticsCalculator.inputs(book, now);
        analyticsThread.execute(() -> {
            try {
                analytics.set(analyticsCalculator.compute(inputs));
            } catch (RuntimeException e) {
                LOG.error("market analytics failed; the previous ones stay on screen", e);
            } finally {
                analyticsRunning.set(false);
            }
        });
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        analyticsThread.shutdownNow();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
