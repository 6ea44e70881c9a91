package com.hedgeflow.engine.orders;

import java.util.List;

/**
 * The write-ahead log of orders (risk-controls.md §2.4): every event is appended, durably, before it takes effect
 * — the intent and the send before the network write, every fill before it changes the position shown. Replaying
 * {@link #readAll()} in order rebuilds every order. The app's implementation is SQLite (WAL, synchronous=FULL);
 * {@link InMemoryOrderJournal} serves tests.
 */
public interface OrderJournal {

    /** Must be durable when it returns; throws if it could not write (and then nothing is sent). */
    void append(OrderEvent event);

    /** Every event, in append order. */
    List<OrderEvent> readAll();

    /**
     * An identity fixed when the journal was created. Client order ids hash it, so ids from a new journal never
     * collide with ids a previous journal sent to the same venue account.
     */
    String epoch();
}
