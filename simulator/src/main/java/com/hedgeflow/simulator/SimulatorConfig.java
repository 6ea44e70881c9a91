package com.hedgeflow.simulator;

import java.util.Objects;

/**
 * Settings of one simulated venue. Immutable; build it with {@link #builder()}.
 *
 * <p>The seed fixes every random stream of the market (index path, vol noise, quote sizes, demo book), so two
 * venues with the same seed and time scale publish the same index path; only wall-clock timing differs.
 */
public final class SimulatorConfig {
    /** Client id accepted by {@code public/auth} unless the builder sets another. */
    public static final String DEMO_CLIENT_ID = "hedgeflow-demo";
    /** Client secret accepted by {@code public/auth} unless the builder sets another. */
    public static final String DEMO_CLIENT_SECRET = "hedgeflow-demo-secret";

    private final int port;
    private final long seed;
    private final int heartbeatMinimumSeconds;
    private final int tokenLifetimeSeconds;
    private final double timeScale;
    private final String clientId;
    private final String clientSecret;

    private SimulatorConfig(Builder b) {
        this.port = b.port;
        this.seed = b.seed;
        this.heartbeatMinimumSeconds = b.heartbeatMinimumSeconds;
        this.tokenLifetimeSeconds = b.tokenLifetimeSeconds;
        this.timeScale = b.timeScale;
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Port to bind on 127.0.0.1; 0 picks a free one. */
    public int port() {
        return port;
    }

    public long seed() {
        return seed;
    }

    /** Smallest interval {@code public/set_heartbeat} accepts (Deribit: 10 s). */
    public int heartbeatMinimumSeconds() {
        return heartbeatMinimumSeconds;
    }

    /** {@code expires_in} of access tokens. */
    public int tokenLifetimeSeconds() {
        return tokenLifetimeSeconds;
    }

    /**
     * Model seconds that pass per wall-clock second in the index diffusion. At 1 a 55 % vol moves BTC by
     * about 9 USD a second, too little to see; the default makes moves visible within seconds. Expiries and
     * greeks still use the wall clock.
     */
    public double timeScale() {
        return timeScale;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    @Override
    public String toString() {
        return "SimulatorConfig{port=" + port + ", seed=" + seed + ", heartbeatMinimumSeconds=" + heartbeatMinimumSeconds
                + ", tokenLifetimeSeconds=" + tokenLifetimeSeconds + ", timeScale=" + timeScale + ", clientId=" + clientId
                + "}";
    }

    public static final class Builder {
        private int port = 0;
        private long seed = 42L;
        private int heartbeatMinimumSeconds = 10;
        private int tokenLifetimeSeconds = 900;
        private double timeScale = 200.0;
        private String clientId = DEMO_CLIENT_ID;
        private String clientSecret = DEMO_CLIENT_SECRET;

        private Builder() {
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder heartbeatMinimumSeconds(int seconds) {
            this.heartbeatMinimumSeconds = seconds;
            return this;
        }

        public Builder tokenLifetimeSeconds(int seconds) {
            this.tokenLifetimeSeconds = seconds;
            return this;
        }

        public Builder timeScale(double timeScale) {
            this.timeScale = timeScale;
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        public SimulatorConfig build() {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            if (heartbeatMinimumSeconds < 1) {
                throw new IllegalArgumentException("heartbeatMinimumSeconds must be >= 1, was " + heartbeatMinimumSeconds);
            }
            if (tokenLifetimeSeconds < 1) {
                throw new IllegalArgumentException("tokenLifetimeSeconds must be >= 1, was " + tokenLifetimeSeconds);
            }
            if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
                throw new IllegalArgumentException("timeScale must be positive and finite, was " + timeScale);
            }
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            if (clientId.isEmpty() || clientSecret.isEmpty()) {
                throw new IllegalArgumentException("clientId and clientSecret must not be empty");
            }
            return new SimulatorConfig(this);
        }
    }
}
