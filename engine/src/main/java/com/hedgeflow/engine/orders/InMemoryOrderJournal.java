package com.hedgeflow.engine.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A journal that lives as long as the process: for tests and for a session with nothing to recover. */
public final class InMemoryOrderJournal implements OrderJournal {
    private final String epoch;
    private final List<OrderEvent> events = new ArrayList<>();

    public InMemoryOrderJournal(String epoch) {
        this.epoch = Objects.requireNonNull(epoch, "epoch");
    }

    @Override
    public void append(OrderEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public List<OrderEvent> readAll() {
        return List.copyOf(events);
    }

    @Override
    public String epoch() {
        return epoch;
    }
}
