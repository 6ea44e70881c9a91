package com.hedgeflow.connectors.deribit;

import com.hedgeflow.connectors.common.ApiCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one Deribit-compatible endpoint: the real venue, its testnet, or the simulator.
 *
 * @param venue            the venue id the engine will see (e.g. {@code deribit})
 * @param credentials      may be {@code null}: market data still flows, positions cannot be loaded
 * @param heartbeatSeconds Deribit refuses less than 10; the simulator accepts shorter ones for tests
 */
public record DeribitSettings(
        String venue,
        URI endpoint,
        ApiCredentials credentials,
        String currency,
        int heartbeatSeconds,
        Duration requestTimeout,
        Duration minBackoff,
        Duration maxBackoff) {

    public static final URI MAINNET = URI.create("wss://www.deribit.com/ws/api/v2");
    public static final URI TESTNET = URI.create("wss://test.deribit.com/ws/api/v2");

    public DeribitSettings {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(endpoint, "endpoint");
        String scheme = endpoint.getScheme();
        if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
            throw new IllegalArgumentException("a Deribit endpoint is a ws:// or wss:// URL, got " + endpoint);
        }
        if (heartbeatSeconds < 1) {
            throw new IllegalArgumentException("heartbeat interval must be at least 1 s, got " + heartbeatSeconds);
        }
    }

    public static DeribitSettings of(String venue, URI endpoint, ApiCredentials credentials) {
        return new DeribitSettings(venue, endpoint, credentials, "BTC", 10, Duration.ofSeconds(10),
                Duration.ofMillis(250), Duration.ofSeconds(30));
    }

    public DeribitSettings withHeartbeat(int seconds) {
        return new DeribitSettings(venue, endpoint, credentials, currency, seconds, requestTimeout, minBackoff,
                maxBackoff);
    }

    public DeribitSettings withBackoff(Duration min, Duration max) {
        return new DeribitSettings(venue, endpoint, credentials, currency, heartbeatSeconds, requestTimeout, min, max);
    }
}
