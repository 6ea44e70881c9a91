package com.hedgeflow.connectors.deribit;

import com.hedgeflow.connectors.common.ApiCredentials;
import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.MarketEvent.FeedStatusChanged;
import com.hedgeflow.simulator.SimulatedVenue;
import com.hedgeflow.simulator.SimulatorConfig;
import java.time.Clock;
import java.time.Duration;

/** A simulated venue and one connector logged in to it over loopback, as the fault tests need them. */
final class VenueHarness implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final SimulatedVenue venue;
    final RecordingSink sink = new RecordingSink();
    DeribitConnector connector;

    private VenueHarness(SimulatedVenue venue) {
        this.venue = venue;
    }

    static VenueHarness start(SimulatorConfig.Builder config) throws Exception {
        return new VenueHarness(SimulatedVenue.start(config.port(0).heartbeatMinimumSeconds(1).build()));
    }

    static SimulatorConfig.Builder config() {
        return SimulatorConfig.builder().seed(7);
    }

    /** Starts a connector with these credentials ({@code null}: market data only) and fast reconnects. */
    DeribitConnector connect(ApiCredentials credentials) {
        DeribitSettings settings = DeribitSettings.of("deribit", venue.deribitWebSocketUri(), credentials)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(300));
        connector = new DeribitConnector(settings, sink, Clock.systemUTC());
        connector.start();
        return connector;
    }

    DeribitConnector connectWithDemoKey() {
        return connect(new ApiCredentials(venue.clientId(), venue.clientSecret()));
    }

    /** Waits for a CONNECTED report after event {@code index}: the bring-up is complete. */
    void awaitConnected(int index) throws InterruptedException {
        sink.awaitAfter(index, FeedStatusChanged.class, e -> e.status().state() == FeedState.CONNECTED, WAIT);
    }

    /**
     * Waits for the RECONNECTING report after event {@code index}, then for the CONNECTED that follows it (not a
     * keep-alive CONNECTED from the old session), and returns that RECONNECTING report.
     */
    FeedStatusChanged awaitReconnected(int index) throws InterruptedException {
        FeedStatusChanged reconnecting = sink.awaitAfter(index, FeedStatusChanged.class,
                e -> e.status().state() == FeedState.RECONNECTING, WAIT);
        awaitConnected(sink.indexOf(reconnecting));
        return reconnecting;
    }

    @Override
    public void close() {
        if (connector != null) {
            connector.close();
        }
        venue.close();
    }
}
