package com.hedgeflow.simulator;

import com.hedgeflow.simulator.auth.Authenticator;
import com.hedgeflow.simulator.auth.TokenRegistry;
import com.hedgeflow.simulator.book.DemoBook;
import com.hedgeflow.simulator.deribit.DeribitWebSocketServer;
import com.hedgeflow.simulator.instruments.InstrumentCatalogue;
import com.hedgeflow.simulator.market.MarketClock;
import com.hedgeflow.simulator.market.MarketModel;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated exchange on 127.0.0.1 that speaks Deribit API v2 (JSON-RPC over WebSocket) with a live BTC
 * market and a demo account. Clients reach it only over the socket, exactly as they reach the real venue.
 */
public final class SimulatedVenue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedVenue.class);

    private final SimulatorConfig config;
    private final MarketClock market;
    private final DeribitWebSocketServer deribit;

    private SimulatedVenue(SimulatorConfig config, MarketClock market, DeribitWebSocketServer deribit) {
        this.config = config;
        this.market = market;
        this.deribit = deribit;
    }

    /** Lists the instruments, opens the market and the demo book, binds the socket and starts the clock. */
    public static SimulatedVenue start(SimulatorConfig config) throws Exception {
        Objects.requireNonNull(config, "config");
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        InstrumentCatalogue catalogue = InstrumentCatalogue.listAt(now, MarketModel.START_INDEX);
        MarketModel model = new MarketModel(config.seed(), config.timeScale(), catalogue, now);
        MarketClock market = new MarketClock(model, clock);
        DemoBook book = DemoBook.open(config.seed(), catalogue, market.latest());

        TokenRegistry tokens = new TokenRegistry(clock, Duration.ofSeconds(config.tokenLifetimeSeconds()));
        Authenticator authenticator = new Authenticator(config.clientId(), config.clientSecret(), clock, tokens);
        DeribitWebSocketServer deribit = new DeribitWebSocketServer(config.port(), clock, authenticator, catalogue,
                market::latest, book, config.heartbeatMinimumSeconds());
        try {
            deribit.start();
        } catch (Exception e) {
            market.close();
            deribit.close();
            throw e;
        }
        market.start(deribit.publisher());
        SimulatedVenue venue = new SimulatedVenue(config, market, deribit);
        LOG.info("simulated venue listening on {} ({} instruments, seed {})", venue.deribitWebSocketUri(),
                catalogue.all().size(), config.seed());
        return venue;
    }

    /** {@code ws://127.0.0.1:PORT/ws/api/v2}. */
    public URI deribitWebSocketUri() {
        return URI.create("ws://127.0.0.1:" + port() + DeribitWebSocketServer.PATH);
    }

    public int port() {
        return deribit.port();
    }

    public String clientId() {
        return config.clientId();
    }

    public String clientSecret() {
        return config.clientSecret();
    }

    /** Fault hook: drops every client socket without a close frame, as a network failure would. */
    public void dropAllConnections() {
        deribit.connections().disconnectAll();
    }

    /** Fault hook: the next answer to {@code method} (e.g. {@code private/buy}) is sent {@code delay} late. */
    public void delayNextResponse(String method, Duration delay) {
        deribit.faults().delayNextResponse(method, delay);
    }

    /**
     * Fault hook: the next {@code method} request is carried out (an order is placed), then the socket drops
     * without its answer, so the client cannot know what happened.
     */
    public void dropConnectionAfterNext(String method) {
        deribit.faults().dropConnectionAfterNext(method);
    }

    /**
     * Fault hook: sends {@code rawFrame} exactly as given (truncated, mistyped or huge) to every connected
     * client, as if the venue had published it, to test that clients survive what they cannot read.
     */
    public void injectToAll(String rawFrame) {
        deribit.connections().sendToAll(Objects.requireNonNull(rawFrame, "rawFrame"));
    }

    /** Successful {@code public/auth} calls with this {@code grant_type} (e.g. {@code refresh_token}) since start. */
    public long authGrants(String grantType) {
        return deribit.authGrants(grantType);
    }

    /** Fault hook: the next {@code method} request gets {@code 10028 too_many_requests} and the session ends. */
    public void tooManyRequestsOnNext(String method) {
        deribit.faults().tooManyRequestsOnNext(method);
    }

    /** Open client connections. */
    public int connectionCount() {
        return deribit.connections().size();
    }

    /** Stops the market and the server and frees the port. */
    @Override
    public void close() {
        market.close();
        deribit.close();
    }
}
