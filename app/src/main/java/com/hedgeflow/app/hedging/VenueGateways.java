package com.hedgeflow.app.hedging;

import com.hedgeflow.engine.orders.OrderGateway;
import com.hedgeflow.engine.orders.OrderIntent;
import java.util.Map;

/** One order gateway per venue, chosen by the venue of each intent. */
final class VenueGateways implements OrderGateway {
    private final Map<String, OrderGateway> byVenue;

    VenueGateways(Map<String, OrderGateway> byVenue) {
        this.byVenue = Map.copyOf(byVenue);
    }

    @Override
    public void send(OrderIntent intent) {
        gateway(intent.venue()).send(intent);
    }

    @Override
    public void query(OrderIntent intent) {
        gateway(intent.venue()).query(intent);
    }

    @Override
    public void cancelAll(String venue) {
        gateway(venue).cancelAll(venue);
    }

    private OrderGateway gateway(String venue) {
        OrderGateway g = byVenue.get(venue);
        if (g == null) {
            // Hedge set-ups are built from the same venue list, so this is a wiring fault, never a market event.
            throw new IllegalStateException("no order gateway for venue '" + venue + "'; connected: " + byVenue.keySet());
        }
        return g;
    }
}
