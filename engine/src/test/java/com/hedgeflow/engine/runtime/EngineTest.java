package com.hedgeflow.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.market.IndexPrice;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.risk.RiskSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void eventsFromManyThreadsEndUpInOneSnapshot() throws Exception {
        Instrument perp = new Instrument("deribit", "BTC-PERPETUAL", "BTC", InstrumentKind.PERPETUAL,
                Settlement.INVERSE, null, Double.NaN, null, 10, 0.5, 10);
        try (Engine engine = new Engine(Clock.systemUTC(), Duration.ofMillis(20))) {
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<RiskSnapshot> seen = new AtomicReference<>();
            engine.addListener(s -> {
                if (s.sequence() == 1003) {
                    seen.set(s);
                    done.countDown();
                }
            });
            engine.start();
            engine.accept(new MarketEvent.InstrumentsLoaded("deribit", List.of(perp)));
            engine.accept(new MarketEvent.PositionsLoaded("deribit", List.of(new Position(perp.key(), -200_000, 0))));
            Thread[] writers = new Thread[4];
            for (int t = 0; t < writers.length; t++) {
                writers[t] = new Thread(() -> {
                    for (int i = 0; i < 250; i++) {
                        engine.accept(new MarketEvent.IndexUpdated(
                                new IndexPrice("deribit", "BTC", 100_000, Instant.EPOCH.plusMillis(i))));
                    }
                });
                writers[t].start();
            }
            for (Thread w : writers) {
                w.join();
            }
            engine.accept(new MarketEvent.IndexUpdated(new IndexPrice("deribit", "BTC", 80_000, Instant.now())));

            assertTrue(done.await(5, TimeUnit.SECONDS), "a snapshot with every event applied");
            assertEquals(-2.5, seen.get().underlying("BTC").netDeltaCoin(), 1e-12);
            assertEquals(seen.get(), engine.latest());
        }
    }

    @Test
    void tasksRunOnTheEngineThreadAfterTheEventsBeforeThem() throws Exception {
        try (Engine engine = new Engine(Clock.systemUTC(), Duration.ofMillis(20))) {
            engine.start();
            AtomicReference<String> thread = new AtomicReference<>();
            CountDownLatch ran = new CountDownLatch(1);
            AtomicReference<Boolean> sawIndex = new AtomicReference<>();
            engine.accept(new MarketEvent.IndexUpdated(new IndexPrice("deribit", "BTC", 90_000, Instant.now())));
            engine.execute(() -> {
                thread.set(Thread.currentThread().getName());
                ran.countDown();
            });
            engine.execute(() -> {
                throw new IllegalStateException("a failing task must not stop the engine");
            });
            CountDownLatch later = new CountDownLatch(1);
            engine.addListener(s -> {
                if (s.underlying("BTC") != null) {
                    sawIndex.set(true);
                    later.countDown();
                }
            });
            assertTrue(ran.await(5, TimeUnit.SECONDS));
            assertEquals("hedgeflow-engine", thread.get());
            assertTrue(later.await(5, TimeUnit.SECONDS), "snapshots go on after a failing task");
            assertTrue(sawIndex.get());
        }
    }

    @Test
    void marketAnalyticsArriveInLaterSnapshotsFromTheirOwnThread() throws Exception {
        try (Engine engine = new Engine(Clock.systemUTC(), Duration.ofMillis(20))) {
            CountDownLatch analysed = new CountDownLatch(1);
            engine.addListener(s -> {
                if (s.analytics("BTC") != null) {
                    analysed.countDown();
                }
            });
            engine.start();
            engine.accept(new MarketEvent.IndexUpdated(new IndexPrice("deribit", "BTC", 95_000, Instant.now())));
            assertTrue(analysed.await(5, TimeUnit.SECONDS), "analytics computed and carried by a snapshot");
            assertEquals(95_000, engine.latest().analytics("BTC").exposure().spotUsd());
        }
    }
}
