package com.hedgeflow.connectors.deribit.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.connectors.deribit.DeribitRpcException;
import com.hedgeflow.connectors.deribit.RequestNotSentException;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderGateway;
import com.hedgeflow.engine.orders.OrderIntent;
import com.hedgeflow.engine.orders.TimeInForce;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders to one Deribit venue (risk-controls.md §2): each intent goes out once as a limit order labelled with its
 * client order id. An answer maps to acknowledged / fills / cancelled / rejected; no answer in time, or a socket
 * lost while waiting, is IN_DOUBT and is never resent here — the engine asks {@link #query} by label instead.
 *
 * <p>Events go to the consumer from the gateway's own single thread, in the order they happened, never from
 * inside {@link #send}/{@link #query}.
 */
public final class DeribitOrderGateway implements OrderGateway, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeribitOrderGateway.class);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    /**
     * Error answers that do not prove the order was refused: the venue failed while handling it or was briefly
     * unavailable, so it may hold the order all the same.
     */
    static final Set<Integer> AMBIGUOUS_ERRORS = Set.of(11094, 13028, -32000);

    private final String venue;
    private final String currency;
    private final PrivateRpc rpc;
    private final Consumer<OrderEvent> events;
    private final Clock clock;
    private final Duration timeout;
    private final ExecutorService delivery;

    /**
     * @param venue    the venue id of the intents this gateway serves (e.g. {@code deribit})
     * @param currency Deribit's currency for label and cancel queries (e.g. {@code BTC})
     * @param timeout  how long to wait for an answer before the order is in doubt
     */
    public DeribitOrderGateway(String venue, String currency, PrivateRpc rpc, Consumer<OrderEvent> events,
            Clock clock, Duration timeout) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.rpc = Objects.requireNonNull(rpc, "rpc");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.delivery = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "deribit-orders-" + venue);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void send(OrderIntent intent) {
        String id = intent.clientOrderId();
        ObjectNode p = JsonNodeFactory.instance.objectNode()
                .put("instrument_name", intent.instrument().name())
                .put("amount", intent.size())
                .put("type", "limit")
                .put("price", intent.limitPrice())
                .put("label", id)
                .put("time_in_force", timeInForce(intent.timeInForce()))
                .put("reduce_only", intent.reduceOnly());
        String method = intent.side().sign() > 0 ? "private/buy" : "private/sell";
        call(method, p).whenCompleteAsync((result, failure) -> {
            if (failure == null) {
                placed(id, result);
            } else {
                refused(id, method, unwrap(failure));
            }
        }, delivery);
    }

    @Override
    public void query(OrderIntent intent) {
        String id = intent.clientOrderId();
        ObjectNode p = JsonNodeFactory.instance.objectNode().put("currency", currency).put("label", id);
        call("private/get_order_state_by_label", p).whenCompleteAsync((result, failure) -> {
            if (failure != null) {
                // No event: the order stays IN_DOUBT and the engine asks again later (§2.3 step 3).
                LOG.warn("{}: query for {} failed, still in doubt: {}", venue, id, describe(unwrap(failure)));
                return;
            }
            try {
                deliver(OrderAnswers.found(id, result, clock.instant()));
            } catch (RuntimeException e) {
                LOG.error("{}: unreadable answer to the query for {}, still in doubt: {}", venue, id, e.getMessage());
            }
        }, delivery);
    }

    @Override
    public void cancelAll(String venue) {
        if (!this.venue.equals(venue)) {
            return;
        }
        cancelAllOrders().whenComplete((count, failure) -> {
            if (failure != null) {
                LOG.error("{}: KILL SWITCH cancel_all failed, open orders may remain: {}", venue,
                        describe(unwrap(failure)));
            } else {
                LOG.warn("{}: kill switch cancelled {} open orders", venue, count);
            }
        });
    }

    /** {@code private/cancel_all}: completes with how many orders the venue cancelled. */
    public CompletableFuture<Integer> cancelAllOrders() {
        return call("private/cancel_all", JsonNodeFactory.instance.objectNode()).thenApply(JsonNode::asInt);
    }

    /** Stops delivering; answers still in flight are dropped (the engine treats those orders as in doubt). */
    @Override
    public void close() {
        delivery.shutdownNow();
    }

    private CompletableFuture<JsonNode> call(String method, ObjectNode params) {
        try {
            return rpc.call(method, params, timeout);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void placed(String id, JsonNode result) {
        List<OrderEvent> mapped;
        try {
            mapped = OrderAnswers.placed(id, result, clock.instant());
        } catch (RuntimeException e) {
            deliver(new OrderEvent.InDoubt(id, clock.instant(), "unreadable answer: " + e.getMessage()));
            return;
        }
        mapped.forEach(this::deliver);
    }

    /** Which failures prove the order is not on the venue (rejected) and which leave it unknown (in doubt). */
    private void refused(String id, String method, Throwable failure) {
        if (failure instanceof DeribitRpcException) {
            DeribitRpcException e = (DeribitRpcException) failure;
            if (!AMBIGUOUS_ERRORS.contains(e.code())) {
                deliver(new OrderEvent.Rejected(id, clock.instant(), e.code() + " " + e.getMessage()));
                return;
            }
        } else if (failure instanceof RequestNotSentException) {
            deliver(new OrderEvent.Rejected(id, clock.instant(), failure.getMessage()));
            return;
        }
        LOG.warn("{}: {} for {} has no answer, in doubt: {}", venue, method, id, describe(failure));
        deliver(new OrderEvent.InDoubt(id, clock.instant(), describe(failure)));
    }

    private void deliver(OrderEvent event) {
        try {
            events.accept(event);
        } catch (RuntimeException e) {
            LOG.error("{}: order event consumer failed on {}", venue, event, e);
        }
    }

    private static String timeInForce(TimeInForce tif) {
        switch (tif) {
            case IMMEDIATE_OR_CANCEL:
                return "immediate_or_cancel";
            default:
                throw new IllegalArgumentException("no Deribit time_in_force for " + tif);
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
