package com.hedgeflow.connectors.deribit;

import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.feed.MarketEventSink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Keeps every event a connector delivers, and lets a test wait for one. */
final class RecordingSink implements MarketEventSink {
    private final List<MarketEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void accept(MarketEvent event) {
        events.add(event);
    }

    <T extends MarketEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    int size() {
        return events.size();
    }

    /** Where this very event sits in the record, or -1. */
    int indexOf(MarketEvent event) {
        List<MarketEvent> all = List.copyOf(events);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == event) {
                return i;
            }
        }
        return -1;
    }

    List<MarketEvent> since(int index) {
        // Copy first: a sub-list of a list that is still growing is not a safe view.
        List<MarketEvent> all = List.copyOf(events);
        return all.subList(Math.min(index, all.size()), all.size());
    }

    <T extends MarketEvent> T await(Class<T> type, Predicate<T> matching, Duration timeout) throws InterruptedException {
        return awaitAfter(0, type, matching, timeout);
    }

    <T extends MarketEvent> T awaitAfter(int index, Class<T> type, Predicate<T> matching, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (MarketEvent e : since(index)) {
                if (type.isInstance(e) && matching.test(type.cast(e))) {
                    return type.cast(e);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + type.getSimpleName() + " matching within " + timeout + "; got "
                + events.size() + " events");
    }
}
