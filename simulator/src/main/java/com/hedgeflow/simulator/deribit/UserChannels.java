package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.simulator.book.PositionValuation;
import com.hedgeflow.simulator.instruments.InstrumentCatalogue;
import com.hedgeflow.simulator.orders.OrderUpdate;
import com.hedgeflow.simulator.orders.SimOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The private {@code user.orders.*}, {@code user.trades.*} and {@code user.changes.*} channels (venues.md §1.6.7,
 * §1.6.8), for the single demo account: any logged-in connection may subscribe. They publish on order events,
 * not on market ticks. A target is an instrument name or {@code kind.currency} ({@code any} allowed for both).
 */
final class UserChannels implements Consumer<OrderUpdate> {
    private static final Set<String> INTERVALS = Set.of("raw", "100ms", "agg2");
    private static final Set<String> FEEDS = Set.of("orders", "trades", "changes");

    private final InstrumentCatalogue catalogue;
    private final ConnectionRegistry connections;
    private final Envelope envelope;

    UserChannels(InstrumentCatalogue catalogue, ConnectionRegistry connections, Envelope envelope) {
        this.catalogue = catalogue;
        this.connections = connections;
        this.envelope = envelope;
    }

    /** A parsed channel name: feed (orders, trades, changes), instrument name or kind and currency, interval. */
    private record Channel(String feed, String instrument, String kind, String currency, String interval) {
        boolean matches(OrderUpdate u) {
            if (instrument != null) {
                return instrument.equals(u.instrument().name());
            }
            return (kind.equals("any") || kind.equals(u.instrument().kind()))
                    && (currency.equals("any") || currency.equals("BTC"));
        }
    }

    boolean accepts(String channel, boolean authenticated) {
        return authenticated && parse(channel).isPresent();
    }

    @Override
    public void accept(OrderUpdate update) {
        Map<String, Optional<String>> built = new HashMap<>();
        for (DeribitConnection connection : connections.all()) {
            for (String name : connection.subscriptions()) {
                built.computeIfAbsent(name, n -> parse(n)
                        .filter(c -> c.matches(update))
                        .flatMap(c -> data(c, update))
                        .map(d -> envelope.notification(n, d)))
                        .ifPresent(connection::send);
            }
        }
    }

    private Optional<JsonNode> data(Channel c, OrderUpdate u) {
        switch (c.feed()) {
            case "orders":
                if (c.interval().equals("raw")) {
                    // raw carries one order per message; an update here always holds exactly one.
                    return Optional.of(OrderJson.order(u.orders().get(0)));
                }
                return Optional.of(OrderJson.orders(u.orders()));
            case "trades":
                return u.trades().isEmpty() ? Optional.empty() : Optional.of(OrderJson.trades(u.trades()));
            default:
                return Optional.of(changes(u));
        }
    }

    private static ObjectNode changes(OrderUpdate u) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("instrument_name", u.instrument().name());
        d.set("trades", OrderJson.trades(u.trades()));
        ArrayNode positions = d.putArray("positions");
        u.position().ifPresent(p -> positions.add(PositionJson.position(PositionValuation.value(p, u.market()))));
        ArrayNode orders = d.putArray("orders");
        for (SimOrder o : u.orders()) {
            orders.add(OrderJson.order(o));
        }
        return d;
    }

    private Optional<Channel> parse(String channel) {
        if (channel == null || !channel.startsWith("user.")) {
            return Optional.empty();
        }
        String[] parts = channel.split("\\.");
        if (parts.length < 4 || parts.length > 5 || !FEEDS.contains(parts[1])
                || !INTERVALS.contains(parts[parts.length - 1])) {
            return Optional.empty();
        }
        String interval = parts[parts.length - 1];
        if (parts.length == 4) {
            return catalogue.find(parts[2]).map(i -> new Channel(parts[1], i.name(), null, null, interval));
        }
        boolean kind = parts[2].equals("any") || MarketDataMethods.KINDS.contains(parts[2]);
        if (!kind || !MarketDataMethods.CURRENCIES.contains(parts[3])) {
            return Optional.empty();
        }
        return Optional.of(new Channel(parts[1], null, parts[2], parts[3], interval));
    }
}
