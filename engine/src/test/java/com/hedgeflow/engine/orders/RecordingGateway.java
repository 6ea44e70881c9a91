package com.hedgeflow.engine.orders;

import java.util.ArrayList;
import java.util.List;

/**
 * A venue gateway that only remembers what it was asked, and what the journal held at each send (to prove the
 * write-ahead order). Set {@link #failSends} to make sends throw like a timed-out HTTP call.
 */
public final class RecordingGateway implements OrderGateway {
    public final List<OrderIntent> sent = new ArrayList<>();
    public final List<OrderIntent> queried = new ArrayList<>();
    public final List<String> cancelledAll = new ArrayList<>();
    public final List<List<OrderEvent>> journalAtSend = new ArrayList<>();
    public boolean failSends;
    private final OrderJournal journal;

    public RecordingGateway(OrderJournal journal) {
        this.journal = journal;
    }

    @Override
    public void send(OrderIntent intent) {
        journalAtSend.add(journal.readAll());
        sent.add(intent);
        if (failSends) {
            throw new IllegalStateException("read timed out");
        }
    }

    @Override
    public void query(OrderIntent intent) {
        queried.add(intent);
    }

    @Override
    public void cancelAll(String venue) {
        cancelledAll.add(venue);
    }
}
