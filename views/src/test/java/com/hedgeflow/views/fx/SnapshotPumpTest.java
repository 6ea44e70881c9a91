package com.hedgeflow.views.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.views.Books;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SnapshotPumpTest {

    private final AtomicInteger renders = new AtomicInteger();
    private final AtomicLong lastSequence = new AtomicLong(-1);
    private final AtomicBoolean offFxThread = new AtomicBoolean();
    private final List<Instant> nows = new CopyOnWriteArrayList<>();
    private SnapshotPump pump;

    @Start
    void start(Stage stage) {
        pump = new SnapshotPump(this::record, Clock.systemUTC());
    }

    @AfterEach
    void stopPump() {
        pump.stop();
    }

    private void record(RiskSnapshot snapshot, Instant now) {
        if (!Platform.isFxApplicationThread()) {
            offFxThread.set(true);
        }
        renders.incrementAndGet();
        lastSequence.set(snapshot.sequence());
        nows.add(now);
    }

    @Test
    void aFloodOfSnapshotsIsCoalescedAndTheLastOneWins() throws Exception {
        pump.start();
        List<RiskSnapshot> flood = new ArrayList<>(10_000);
        for (int i = 1; i <= 10_000; i++) {
            flood.add(Books.withSequence(i));
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread engine = new Thread(() -> flood.forEach(pump::offer), "fake-engine");
        engine.setUncaughtExceptionHandler((t, e) -> failure.set(e));
        engine.start();
        engine.join(10_000);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lastSequence.get() == 10_000);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(null, failure.get());
        assertFalse(offFxThread.get(), "rendering must happen on the FX thread");
        assertEquals(10_000, lastSequence.get());
        assertTrue(renders.get() < 1_000, "expected far fewer renders than snapshots, got " + renders.get());
    }

    @Test
    void theLastSnapshotIsRedrawnAtAboutFourHertzSoAgesKeepTicking() throws Exception {
        pump.offer(Books.withSequence(7));
        assertEquals(0, renders.get(), "nothing is drawn before start");
        pump.start();

        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> renders.get() >= 3);
        assertEquals(7, lastSequence.get());
        assertTrue(nows.get(nows.size() - 1).isAfter(nows.get(0)), "each redraw gets a fresh 'now': " + nows);
    }

    @Test
    void stopEndsDrawing() throws Exception {
        pump.start();
        pump.offer(Books.withSequence(1));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> renders.get() >= 1);
        pump.stop();
        WaitForAsyncUtils.waitForFxEvents();
        int afterStop = renders.get();

        pump.offer(Books.withSequence(2));
        Thread.sleep(3 * SnapshotPump.TICK_MILLIS);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(afterStop, renders.get());
        assertFalse(pump.isRunning());
    }
}
