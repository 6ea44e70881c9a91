package com.hedgeflow.simulator.deribit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Planned failures for tests, one per method and used once: the request is handled (an order is placed), but
 * its answer is held back for a while or never sent because the socket drops. That is what a client sees as a
 * timeout or a lost connection with the order's fate unknown.
 */
public final class Faults {
    /** {@code delay} null means: drop the connection instead of answering. */
    private record Plan(Duration delay) {
    }

    private final Map<String, Plan> plans = new ConcurrentHashMap<>();

    /** The next answer to {@code method} (e.g. {@code private/buy}) goes out {@code delay} late. */
    public void delayNextResponse(String method, Duration delay) {
        plans.put(Objects.requireNonNull(method, "method"), new Plan(Objects.requireNonNull(delay, "delay")));
    }

    /** The next {@code method} request is carried out, then the socket drops before its answer is sent. */
    public void dropConnectionAfterNext(String method) {
        plans.put(Objects.requireNonNull(method, "method"), new Plan(null));
    }

    /** Applies the plan for this method, if any; returns whether it took the answer over. */
    boolean intercept(String method, DeribitConnection connection, String answer) {
        Plan plan = plans.remove(method);
        if (plan == null) {
            return false;
        }
        if (plan.delay() == null) {
            connection.disconnect();
        } else {
            CompletableFuture.delayedExecutor(plan.delay().toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> connection.send(answer));
        }
        return true;
    }
}
