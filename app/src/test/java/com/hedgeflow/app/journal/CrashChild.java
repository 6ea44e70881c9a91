package com.hedgeflow.app.journal;

import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderState;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a child JVM by {@link JournalCrashTest}: appends {@link #event}(0), (1), ... to the journal at
 * {@code args[0]} for ever, printing each number on stdout only after {@code append} has returned — the promise
 * the test then checks survives a kill -9.
 */
public final class CrashChild {
    private CrashChild() {
    }

    /** The n-th event: deterministic, so the parent can check what it reads back field for field. */
    static OrderEvent event(long n) {
        String id = "crash-" + n;
        Instant at = Instant.ofEpochSecond(1_800_000_000L + n, (int) (n % 1_000_000_000));
        switch ((int) (n % 4)) {
            case 0:
                return new OrderEvent.Created(SampleEvents.intent(id, 0.001 * (n + 1), 95_000 + n / 7.0));
            case 1:
                return new OrderEvent.Filled(id, at, "trade-" + n, 1.0 / (n + 3), Math.PI * n + 1, -n / 1e7);
            case 2:
                return new OrderEvent.InDoubt(id, at, SampleEvents.AWKWARD + n + "x".repeat((int) (n % 3000)));
            default:
                return new OrderEvent.Found(id, at, venueState(n), n / 3.0, Double.NaN, null);
        }
    }

    private static OrderState venueState(long n) {
        return n % 8 == 3 ? OrderState.CANCELLED : OrderState.FILLED;
    }

    public static void main(String[] args) {
        try (JournalDatabase db = JournalDatabase.open(Path.of(args[0]))) {
            System.out.println("epoch " + db.epoch());
            System.out.flush();
            for (long n = 0; ; n++) {
                db.orders().append(event(n));
                System.out.println(n);
                System.out.flush();
            }
        }
    }
}
