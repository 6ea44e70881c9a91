package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.hedgeflow.simulator.market.MarketSnapshot;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pushes each market tick to every connection's subscriptions. A channel's notification is built once per
 * tick and the same text goes to every subscriber, so many clients on the same tickers cost one serialisation.
 */
final class SubscriptionPublisher implements Consumer<MarketSnapshot> {
    private final ConnectionRegistry connections;
    private final Channels channels;
    private final Envelope envelope;

    SubscriptionPublisher(ConnectionRegistry connections, Channels channels, Envelope envelope) {
        this.connections = connections;
        this.channels = channels;
        this.envelope = envelope;
    }

    @Override
    public void accept(MarketSnapshot market) {
        Map<String, Optional<String>> tick = new HashMap<>();
        for (DeribitConnection connection : connections.all()) {
            for (String channel : connection.subscriptions()) {
                tick.computeIfAbsent(channel, c -> build(c, market)).ifPresent(connection::send);
            }
        }
    }

    private Optional<String> build(String channel, MarketSnapshot market) {
        Optional<JsonNode> data = channels.data(channel, market);
        return data.map(d -> envelope.notification(channel, d));
    }
}
