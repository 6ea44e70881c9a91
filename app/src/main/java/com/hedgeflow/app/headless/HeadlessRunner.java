package com.hedgeflow.app.headless;

import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.runtime.Engine;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Prints the engine's newest snapshot once a second until the duration is over (or forever). */
public final class HeadlessRunner {
    private static final Duration PERIOD = Duration.ofSeconds(1);

    private final Engine engine;
    private final Supplier<HedgerStatus> hedger;
    private final PrintWriter out;
    private final Clock clock;
    private final SnapshotJson json = new SnapshotJson();

    public HeadlessRunner(Engine engine, Supplier<HedgerStatus> hedger, PrintWriter out, Clock clock) {
        this.engine = engine;
        this.hedger = hedger;
        this.out = out;
        this.clock = clock;
    }

    /** @param duration how long to run; {@code null} runs until the thread is interrupted */
    public void run(Duration duration) throws InterruptedException {
        Instant start = clock.instant();
        Instant end = duration == null ? Instant.MAX : start.plus(duration);
        Instant next = start.plus(PERIOD);
        while (next.compareTo(end) <= 0) {
            Thread.sleep(Math.max(0, Duration.between(clock.instant(), next).toMillis()));
            Instant now = clock.instant();
            for (String line : json.lines(engine.latest(), hedger.get(), now)) {
                out.println(line);
            }
            out.flush();
            next = next.plus(PERIOD);
        }
    }
}
