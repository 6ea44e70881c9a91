package com.hedgeflow.engine.orders;

import com.hedgeflow.engine.market.InstrumentKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every order of the session and its state, written only through {@link #record}: the event is checked against
 * the order first, then journaled, then applied, so the journal holds exactly the events that took effect and
 * {@link #replay} rebuilds the same blotter. Confined to the engine thread.
 */
public final class OrderBlotter {
    private final OrderJournal journal;
    private final Map<String, Order> orders = new LinkedHashMap<>();

    public OrderBlotter(OrderJournal journal) {
        this.journal = journal;
    }

    /** Rebuilds the blotter from its journal without writing to it. */
    public static OrderBlotter replay(OrderJournal journal) {
        OrderBlotter blotter = new OrderBlotter(journal);
        for (OrderEvent e : journal.readAll()) {
            blotter.orders.put(e.clientOrderId(), blotter.next(e));
        }
        return blotter;
    }

    /**
     * Applies one event. Returns the order after it; an event that changes nothing (a trade id seen before, a
     * repeated timeout) is not journaled again.
     *
     * @throws IllegalStateException (or {@link IllegalOrderTransitionException}) when the event is impossible for
     *                               the order; nothing is journaled or changed then
     */
    public Order record(OrderEvent event) {
        Order before = orders.get(event.clientOrderId());
        Order after = next(event);
        if (after.equals(before)) {
            return after;
        }
        journal.append(event);
        orders.put(event.clientOrderId(), after);
        return after;
    }

    private Order next(OrderEvent event) {
        Order current = orders.get(event.clientOrderId());
        if (event instanceof OrderEvent.Created c) {
            if (current != null) {
                throw new IllegalStateException("client order id " + c.clientOrderId() + " is already used");
            }
            return Order.of(c.intent());
        }
        if (current == null) {
            throw new IllegalStateException("no order " + event.clientOrderId() + " for " + event);
        }
        return current.apply(event);
    }

    public Order order(String clientOrderId) {
        return orders.get(clientOrderId);
    }

    public Collection<Order> orders() {
        return Collections.unmodifiableCollection(orders.values());
    }

    /** For replay comparisons: the state of every order by id. */
    public Map<String, Order> snapshot() {
        return Map.copyOf(orders);
    }

    public List<Order> inDoubt(String venue) {
        List<Order> out = new ArrayList<>();
        for (Order o : orders.values()) {
            if (o.state() == OrderState.IN_DOUBT && o.intent().venue().equals(venue)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Orders of an underlying that are not finished: sent and live, or intents waiting to be (re)sent. */
    public List<Order> working(String underlying) {
        List<Order> out = new ArrayList<>();
        for (Order o : orders.values()) {
            if (!o.state().isTerminal() && o.intent().underlying().equals(underlying)) {
                out.add(o);
            }
        }
        return out;
    }

    /** How many times orders went on the wire to a venue since an instant, retries included. */
    public int sentSince(String venue, Instant since) {
        int n = 0;
        for (Order o : orders.values()) {
            if (o.lastSentAt() != null && o.intent().venue().equals(venue) && !o.lastSentAt().isBefore(since)) {
                n++;
            }
        }
        return n;
    }

    public int sentSince(InstrumentKey instrument, Instant since) {
        int n = 0;
        for (Order o : orders.values()) {
            if (o.lastSentAt() != null && o.intent().instrument().equals(instrument)
                    && !o.lastSentAt().isBefore(since)) {
                n++;
            }
        }
        return n;
    }

    /** Orders on an instrument created since an instant, newest first. */
    public List<Order> createdSince(InstrumentKey instrument, Instant since) {
        List<Order> out = new ArrayList<>();
        for (Order o : orders.values()) {
            if (o.intent().instrument().equals(instrument) && !o.intent().createdAt().isBefore(since)) {
                out.add(o);
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** Sizes of the last {@code n} orders on an instrument that went to the venue, newest first. */
    public List<Double> recentSentSizes(InstrumentKey instrument, int n) {
        List<Double> sizes = new ArrayList<>();
        List<Order> all = new ArrayList<>(orders.values());
        for (int i = all.size() - 1; i >= 0 && sizes.size() < n; i--) {
            Order o = all.get(i);
            if (o.sendCount() > 0 && o.intent().instrument().equals(instrument)) {
                sizes.add(o.intent().size());
            }
        }
        return sizes;
    }

    /** The highest sequence among ids made by {@link ClientOrderIds}, so a replayed session continues after it. */
    public long lastSequence() {
        long max = 0;
        for (String id : orders.keySet()) {
            max = Math.max(max, ClientOrderIds.sequenceOf(id));
        }
        return max;
    }
}
