package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hedgeflow.simulator.auth.Authenticator;
import com.hedgeflow.simulator.book.DemoBook;
import com.hedgeflow.simulator.instruments.InstrumentCatalogue;
import com.hedgeflow.simulator.market.MarketSnapshot;
import com.hedgeflow.simulator.orders.MatchingEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Deribit API v2 endpoint: a Jetty WebSocket server on 127.0.0.1 at {@code /ws/api/v2}, its method
 * table, and the publisher that feeds subscriptions from the market clock.
 */
public final class DeribitWebSocketServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeribitWebSocketServer.class);
    public static final String PATH = "/ws/api/v2";
    /**
     * Jetty must let frames past 32 kB through so the dispatcher can answer them with the venue's -32600
     * instead of a bare close; beyond this cap Jetty closes with 1009.
     */
    private static final long MAX_MESSAGE_BYTES = 1 << 20;
    /** The venue drops idle sockets after about ten minutes (venues.md §1.4.3). */
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);
    /** A client this far behind on notifications is dropped rather than buffered without bound. */
    private static final int MAX_QUEUED_FRAMES = 20_000;

    private final Server server;
    private final ServerConnector connector;
    private final ConnectionRegistry connections = new ConnectionRegistry();
    private final ScheduledExecutorService heartbeats;
    private final Consumer<MarketSnapshot> publisher;
    private final Faults faults = new Faults();
    private final AuthMethods auth;

    public DeribitWebSocketServer(int port, Clock clock, Authenticator authenticator, InstrumentCatalogue catalogue,
            Supplier<MarketSnapshot> market, DemoBook book, int heartbeatMinimumSeconds) {
        ObjectMapper mapper = new ObjectMapper();
        Envelope envelope = new Envelope(mapper, clock);
        MatchingEngine orders = new MatchingEngine(book, market, clock);
        UserChannels userChannels = new UserChannels(catalogue, connections, envelope);
        orders.onUpdate(userChannels);
        Channels channels = new Channels(catalogue, userChannels);
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-heartbeat");
            t.setDaemon(true);
            return t;
        });

        MethodTable methods = new MethodTable();
        new SessionMethods(clock, envelope, heartbeats, heartbeatMinimumSeconds).register(methods);
        this.auth = new AuthMethods(authenticator);
        auth.register(methods);
        new SubscriptionMethods(channels).register(methods);
        new MarketDataMethods(catalogue, market, clock).register(methods);
        new AccountMethods(book, market).register(methods);
        new OrderMethods(catalogue, orders).register(methods);
        new CancelOnDisconnect(orders, connections).register(methods);
        RpcDispatcher dispatcher = new RpcDispatcher(mapper, envelope, methods, authenticator.tokens(), faults);
        SubscriptionPublisher tickers = new SubscriptionPublisher(connections, channels, envelope);
        // Resting orders meet each tick's quotes before the tick is published, as a matching engine runs first.
        this.publisher = snapshot -> {
            orders.onTick(snapshot);
            tickers.accept(snapshot);
        };

        QueuedThreadPool threads = new QueuedThreadPool(24, 4);
        threads.setName("sim-jetty");
        threads.setDaemon(true);
        this.server = new Server(threads);
        this.connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setStopTimeout(1_000);

        ContextHandler context = new ContextHandler("/");
        WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server, context, container -> {
            container.setMaxTextMessageSize(MAX_MESSAGE_BYTES);
            container.setIdleTimeout(IDLE_TIMEOUT);
            container.setMaxOutgoingFrames(MAX_QUEUED_FRAMES);
            container.addMapping(PATH, (request, response, callback) -> new DeribitSocket(connections, dispatcher));
        });
        context.setHandler(upgrade);
        server.setHandler(context);
    }

    public void start() throws Exception {
        server.start();
    }

    /** The port actually bound (the free one picked when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Feed this the market ticks. */
    public Consumer<MarketSnapshot> publisher() {
        return publisher;
    }

    /** The fault hooks tests use to lose or delay answers. */
    public Faults faults() {
        return faults;
    }

    /** Successful {@code public/auth} calls with this {@code grant_type} since start. */
    public long authGrants(String grantType) {
        return auth.grants(grantType);
    }

    public ConnectionRegistry connections() {
        return connections;
    }

    /** Stops accepting, closes every socket and frees the port. */
    @Override
    public void close() {
        heartbeats.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Deribit endpoint did not stop cleanly", e);
        }
        try {
            heartbeats.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
