package com.hedgeflow.simulator.deribit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    /** Methods whose next request is refused with 10028 (not carried out), after which the session ends. */
    private final Set<String> rateLimited = ConcurrentHashMap.newKeySet();

    /** The next {@code method} request is refused with {@code 10028 too_many_requests} and the socket closed. */
    public void tooManyRequestsOnNext(String method) {
        rateLimited.add(Objects.requireNonNull(method, "method"));
    }

    /** Whether this request is to be refused as over the rate limit; used once per plan. */
    boolean rateLimit(String method) {
        return method != null && rateLimited.remove(method);
    }

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
