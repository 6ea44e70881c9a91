package com.hedgeflow.engine.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends orders and keeps their lifecycle honest: intent and send are journaled before the gateway is called; a
 * gateway that throws leaves the order IN_DOUBT, not failed; IN_DOUBT orders are queried (never resent) until
 * the venue answers; a retry reuses the client order id. Confined to the engine thread.
 */
public final class OrderDesk {
    private final OrderBlotter blotter;
    private final OrderGateway gateway;
    private final ClientOrderIds ids;
    private final Duration queryInterval;
    private final Map<String, Instant> lastQueryAt = new HashMap<>();

    private OrderDesk(OrderBlotter blotter, OrderGateway gateway, ClientOrderIds ids, Duration queryInterval) {
        this.blotter = blotter;
        this.gateway = gateway;
        this.ids = ids;
        this.queryInterval = queryInterval;
    }

    /**
     * Replays the journal and applies crash recovery (risk-controls.md §2.5): an intent never sent is cancelled
     * (no queued sends across a restart); anything sent and unfinished is IN_DOUBT until the venue is queried.
     */
    public static OrderDesk recover(OrderJournal journal, OrderGateway gateway, Duration queryInterval,
                                    Instant now) {
        OrderBlotter blotter = OrderBlotter.replay(journal);
        for (Order o : List.copyOf(blotter.orders())) {
            if (o.state() == OrderState.INTENT) {
                blotter.record(new OrderEvent.Cancelled(o.clientOrderId(), now, "not sent before a restart"));
            } else if (o.state().isLive() && o.state() != OrderState.IN_DOUBT) {
                blotter.record(new OrderEvent.InDoubt(o.clientOrderId(), now, "restart: outcome unknown"));
            }
        }
        ClientOrderIds ids = new ClientOrderIds(journal.epoch(), blotter.lastSequence());
        return new OrderDesk(blotter, gateway, ids, queryInterval);
    }

    public OrderBlotter blotter() {
        return blotter;
    }

    public String nextClientOrderId(String underlying) {
        return ids.next(underlying);
    }

    /** Journal the intent, journal the send, then hand it to the gateway. */
    public Order submit(OrderIntent intent, Instant now) {
        blotter.record(new OrderEvent.Created(intent));
        return send(intent.clientOrderId(), now);
    }

    /** Sends an INTENT again under its own id: only reachable after the venue said it never had the order. */
    public Order resend(String clientOrderId, Instant now) {
        Order o = blotter.order(clientOrderId);
        if (o == null || o.state() != OrderState.INTENT || o.sendCount() == 0) {
            throw new IllegalStateException("order " + clientOrderId + " is not waiting for a retry ("
                    + (o == null ? "unknown" : o.state()) + ")");
        }
        return send(clientOrderId, now);
    }

    private Order send(String clientOrderId, Instant now) {
        Order sent = blotter.record(new OrderEvent.Sent(clientOrderId, now));
        try {
            gateway.send(sent.intent());
        } catch (RuntimeException e) {
            // It may have reached the venue before failing; only a query can tell.
            return blotter.record(new OrderEvent.InDoubt(clientOrderId, now, "send failed: " + e));
        }
        return sent;
    }

    /** Gives up an intent that is waiting for a retry. */
    public Order abandon(String clientOrderId, Instant now, String why) {
        Order o = blotter.order(clientOrderId);
        if (o == null || o.state() != OrderState.INTENT) {
            throw new IllegalStateException("order " + clientOrderId + " is not an unsent intent ("
                    + (o == null ? "unknown" : o.state()) + ")");
        }
        return blotter.record(new OrderEvent.Cancelled(clientOrderId, now, why));
    }

    /** A venue outcome: applied if possible, else the exception says why and nothing changes. */
    public Order onEvent(OrderEvent event) {
        return blotter.record(event);
    }

    /** Queries every IN_DOUBT order whose last query is older than the interval. Call on every engine tick. */
    public void queryInDoubt(Instant now) {
        for (Order o : blotter.orders()) {
            if (o.state() != OrderState.IN_DOUBT) {
                lastQueryAt.remove(o.clientOrderId());
                continue;
            }
            // The first query waits one interval after the order went IN_DOUBT: the stream often settles it first.
            Instant last = lastQueryAt.getOrDefault(o.clientOrderId(), o.updatedAt());
            if (!now.isBefore(last.plus(queryInterval))) {
                lastQueryAt.put(o.clientOrderId(), now);
                try {
                    gateway.query(o.intent());
                } catch (RuntimeException e) {
                    // Asked again next interval; the order stays IN_DOUBT and keeps its venue gated meanwhile.
                }
            }
        }
    }

    public void cancelAll(String venue) {
        gateway.cancelAll(venue);
    }
}
