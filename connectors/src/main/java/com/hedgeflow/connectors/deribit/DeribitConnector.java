package com.hedgeflow.connectors.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.connectors.common.Backoff;
import com.hedgeflow.connectors.common.MalformedMessageException;
import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.feed.MarketEventSink;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Deribit API v2 client over one WebSocket: it loads instruments and positions, streams tickers and the
 * index into the engine, answers heartbeats, and when the socket drops it reconnects with jittered backoff
 * and does the whole bring-up again (auth, reload, resubscribe), so nothing stays stale after a gap. A
 * logged-in session turns cancel-on-disconnect on and refreshes its token at 80 % of its lifetime. Frames it
 * cannot use (unreadable, mistyped, oversized, on a channel it never asked for) are counted and skipped; none
 * of them ends the session or reaches the sink.
 *
 * <p>Threads: OkHttp's reader thread parses messages and hands events to the sink; one control thread runs
 * the bring-up (which blocks on answers), the keep-alive and the reconnect schedule.
 */
public final class DeribitConnector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeribitConnector.class);
    private static final int CHANNELS_PER_SUBSCRIBE = 100;
    private static final int LOGGED_RAW_CHARS = 300;
    private static final int CHAIN_REFRESH_SECONDS = 5;
    /**
     * Frames longer than this are dropped unread. The largest honest frame is a full BTC instrument list or
     * chain summary, a few hundred kB on the live venue; anything near this cap is broken or hostile, and
     * parsing it would cost memory and reader-thread time that the live feed needs.
     */
    static final int MAX_FRAME_CHARS = 4 * 1024 * 1024;
    /** Deribit's {@code too_many_requests}: the venue ends the session after sending it (venues.md §3.1). */
    static final int TOO_MANY_REQUESTS = 10028;
    /** After a 10028, wait at least this (or the full backoff cap, if smaller) so the credits refill. */
    private static final Duration RATE_LIMIT_COOL_DOWN = Duration.ofSeconds(5);

    private final DeribitSettings settings;
    private final MarketEventSink sink;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final DeribitMapper mapper;
    private final OkHttpClient http;
    private final ScheduledExecutorService control;
    private final Backoff backoff;
    private final AtomicLong malformedMessages = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private volatile Session session;
    private volatile boolean closed;
    private FeedState reportedState;
    private Instant reportedSince;
    /** Private channels to subscribe after login, and where their notifications go (order events). */
    private volatile List<String> privateChannels = List.of();
    private volatile BiConsumer<String, JsonNode> userListener = (channel, data) -> {
    };

    public DeribitConnector(DeribitSettings settings, MarketEventSink sink, Clock clock) {
        this.settings = settings;
        this.sink = sink;
        this.clock = clock;
        this.mapper = new DeribitMapper(settings.venue());
        this.backoff = new Backoff(settings.minBackoff(), settings.maxBackoff());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.requestTimeout())
                .pingInterval(Duration.ofSeconds(20))
                .build();
        this.control = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "deribit-control-" + settings.venue());
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        control.execute(this::connect);
    }

    /**
     * Subscribes {@code channels} (e.g. {@code user.changes.any.BTC.raw}) on every logged-in session and hands
     * their notifications, with the channel name, to {@code listener} on the socket's reader thread. Call before
     * {@link #start()}.
     */
    public void onUserNotifications(List<String> channels, BiConsumer<String, JsonNode> listener) {
        this.privateChannels = List.copyOf(channels);
        this.userListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Sends one private request on the live logged-in session. The future fails with
     * {@link RequestNotSentException} when there is no such session (the request was not sent), with a
     * {@link TimeoutException} when no answer came within {@code timeout}, with an {@link IOException} when the
     * socket dropped while waiting, and with a {@link DeribitRpcException} for an error answer.
     */
    public CompletableFuture<JsonNode> privateCall(String method, ObjectNode params, Duration timeout) {
        Session s = session;
        if (s == null || !s.ready || closed) {
            return CompletableFuture.failedFuture(new RequestNotSentException(
                    method + " not sent: " + settings.venue() + " has no logged-in session"));
        }
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        long id = s.calls.open(method, result);
        result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((r, e) -> {
            if (e instanceof TimeoutException) {
                // Forget the id so a late answer is dropped rather than kept waiting forever.
                s.calls.abandon(id, e);
            }
        });
        write(s, id, method, params);
        return result;
    }

    public String venue() {
        return settings.venue();
    }

    /** Whether it logs in: only then does it load positions and may it carry orders. */
    public boolean authenticated() {
        return settings.credentials() != null;
    }

    /** Messages that could not be mapped and were skipped since start. */
    public long malformedMessages() {
        return malformedMessages.get();
    }

    /** Whether the live session has cancel-on-disconnect on, so the venue cancels its orders should it drop. */
    public boolean cancelOnDisconnect() {
        Session s = session;
        return s != null && s.cancelOnDisconnect;
    }

    /** How many sockets were opened since start: 1 plus the reconnects. */
    public long connections() {
        return connections.get();
    }

    private void connect() {
        if (closed) {
            return;
        }
        report(FeedState.CONNECTING, "");
        Session s = new Session();
        session = s;
        connections.incrementAndGet();
        s.socket = http.newWebSocket(new Request.Builder().url(settings.endpoint().toString()).build(), s);
    }

    private void bringUp(Session s) {
        try {
            call(s, "public/hello", params().put("client_name", "hedgeflow").put("client_version", "0.1"));
            call(s, "public/set_heartbeat", params().put("interval", settings.heartbeatSeconds()));
            String token = null;
            if (settings.credentials() != null) {
                token = authenticate(s);
                enableCancelOnDisconnect(s);
            }

            List<Instrument> instruments = loadInstruments(s);
            sink.accept(new MarketEvent.InstrumentsLoaded(settings.venue(), instruments));

            Set<String> channels = new LinkedHashSet<>();
            channels.add("deribit_price_index." + settings.currency().toLowerCase(Locale.ROOT) + "_usd");
            for (Instrument i : instruments) {
                if (i.kind() == InstrumentKind.PERPETUAL) {
                    channels.add("ticker." + i.name() + ".100ms");
                }
            }
            if (token != null) {
                List<Position> positions = loadPositions(s, token);
                sink.accept(new MarketEvent.PositionsLoaded(settings.venue(), positions));
                positions.forEach(p -> channels.add("ticker." + p.instrument().name() + ".100ms"));
            } else {
                LOG.warn("{}: no API credentials, so positions are not loaded; market data only", settings.venue());
            }
            subscribe(s, "public/subscribe", new ArrayList<>(channels));
            s.tickered = Set.copyOf(channels);
            if (token != null) {
                // Fills change positions: each user.changes message triggers a fresh position load, so the book
                // (and the hedger, which waits for its fills to show) never runs on positions from the last connect.
                Set<String> mine = new LinkedHashSet<>(privateChannels);
                mine.add(positionChangesChannel());
                subscribe(s, "private/subscribe", new ArrayList<>(mine));
                // The grant may have been refreshed while the bring-up waited: take the newest token.
                s.token = s.grant.accessToken();
            }
            refreshChain(s);
            // Orders may go out from here on: the session is logged in (or has no credentials to log in with).
            s.ready = token != null;

            backoff.reset();
            s.keepAlive = control.scheduleAtFixedRate(() -> keepAlive(s), 1, 1, TimeUnit.SECONDS);
            report(FeedState.CONNECTED, instruments.size() + " instruments, " + channels.size() + " channels");
            LOG.info("{}: connected to {}", settings.venue(), settings.endpoint());
        } catch (Exception e) {
            if (s == session && !closed) {
                LOG.warn("{}: bring-up failed: {}", settings.venue(), describe(e));
                s.failure = "bring-up failed: " + describe(e);
                s.socket.cancel();
            }
        }
    }

    private String authenticate(Session s) throws Exception {
        AuthGrant grant = AuthGrant.from(call(s, "public/auth",
                AuthGrant.signatureParams(params(), settings.credentials(), clock.millis())));
        installGrant(s, grant);
        return grant.accessToken();
    }

    /** Keeps the grant on the session and schedules its refresh at 80 % of its lifetime (venues.md §3.1). */
    private void installGrant(Session s, AuthGrant grant) {
        s.grant = grant;
        if (s.token != null) {
            s.token = grant.accessToken();
        }
        if (s.refresh != null) {
            s.refresh.cancel(false);
        }
        if (!grant.refreshable()) {
            LOG.info("{}: the venue gave no token lifetime or refresh token; the login is not refreshed", settings.venue());
            return;
        }
        s.refresh = control.schedule(() -> refreshToken(s), grant.refreshDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Trades the refresh token for a new pair before the access token expires, without blocking the control
     * thread. Should the refresh be refused, a fresh signed login follows; should that fail too, the socket is
     * dropped and the reconnect logs in from scratch. Runs on the control thread.
     */
    private void refreshToken(Session s) {
        if (s != session || closed) {
            return;
        }
        send(s, "public/auth", s.grant.refreshParams(params())).whenComplete((result, error) -> onControl(() -> {
            if (s != session || closed) {
                return;
            }
            if (error == null && tryInstall(s, result, "refresh")) {
                LOG.debug("{}: access token refreshed", settings.venue());
                return;
            }
            LOG.warn("{}: token refresh failed ({}), logging in again", settings.venue(),
                    error == null ? "unreadable answer" : describe(error));
            send(s, "public/auth", AuthGrant.signatureParams(params(), settings.credentials(), clock.millis()))
                    .whenComplete((again, failed) -> onControl(() -> {
                        if (s != session || closed) {
                            return;
                        }
                        if (failed == null && tryInstall(s, again, "login")) {
                            return;
                        }
                        s.failure = "login renewal failed: " + (failed == null ? "unreadable answer" : describe(failed));
                        LOG.warn("{}: {}; reconnecting", settings.venue(), s.failure);
                        s.socket.cancel();
                    }));
        }));
    }

    private boolean tryInstall(Session s, JsonNode result, String what) {
        try {
            installGrant(s, AuthGrant.from(result));
            return true;
        } catch (MalformedMessageException e) {
            malformed(what + " answer", "(token answer not logged)", e);
            return false;
        }
    }

    /**
     * Asks the venue to cancel this connection's orders should it drop (venues.md §1.4.3). A key without
     * {@code account:read_write} (a read-only key) is refused; that costs nothing for a session that cannot
     * trade, so it is logged and the bring-up goes on.
     */
    private void enableCancelOnDisconnect(Session s) throws Exception {
        try {
            call(s, "private/enable_cancel_on_disconnect", params().put("scope", "connection"));
            s.cancelOnDisconnect = true;
        } catch (DeribitRpcException e) {
            LOG.warn("{}: cancel-on-disconnect not enabled ({}): orders sent on this connection would outlive a drop",
                    settings.venue(), e.getMessage());
        }
    }

    private List<Instrument> loadInstruments(Session s) throws Exception {
        JsonNode result = call(s, "public/get_instruments",
                params().put("currency", settings.currency()).put("expired", false));
        List<Instrument> instruments = new ArrayList<>();
        for (JsonNode n : result) {
            try {
                Instrument i = mapper.instrument(n);
                if (i != null) {
                    instruments.add(i);
                }
            } catch (MalformedMessageException e) {
                malformed("get_instruments entry", n.toString(), e);
            }
        }
        return instruments;
    }

    private List<Position> loadPositions(Session s, String token) throws Exception {
        return positions(call(s, "private/get_positions",
                params().put("currency", settings.currency()).put("access_token", token)));
    }

    private List<Position> positions(JsonNode result) {
        List<Position> positions = new ArrayList<>();
        for (JsonNode n : result) {
            try {
                Position p = mapper.position(n);
                if (p.size() != 0) {
                    positions.add(p);
                }
            } catch (MalformedMessageException e) {
                // A position we cannot read must not silently vanish from the book: refuse the whole load.
                throw new MalformedMessageException("unreadable position " + abbreviate(n.toString()) + ": "
                        + e.getMessage());
            }
        }
        return positions;
    }

    private void subscribe(Session s, String method, List<String> channels) throws Exception {
        for (int from = 0; from < channels.size(); from += CHANNELS_PER_SUBSCRIBE) {
            List<String> batch = channels.subList(from, Math.min(channels.size(), from + CHANNELS_PER_SUBSCRIBE));
            // Known before asking: the venue may publish on a channel before its answer reaches the control thread.
            s.subscribed.addAll(batch);
            ObjectNode p = params();
            batch.forEach(p.putArray("channels")::add);
            JsonNode accepted = call(s, method, p);
            Set<String> missing = new LinkedHashSet<>(batch);
            accepted.forEach(c -> missing.remove(c.asText()));
            if (!missing.isEmpty()) {
                s.subscribed.removeAll(missing);
                LOG.warn("{}: venue refused channels {}", settings.venue(), missing);
            }
        }
    }

    private String positionChangesChannel() {
        return "user.changes.any." + settings.currency() + ".raw";
    }

    /**
     * Reloads the positions after a change the venue reported. One load at a time; changes that arrive while
     * one is in flight are folded into one more load, so a burst of fills costs two requests, not one each.
     */
    private void refreshPositions(Session s) {
        if (s == null || s.token == null) {
            return;
        }
        if (s.positionsLoading.getAndSet(true)) {
            s.positionsDirty = true;
            return;
        }
        send(s, "private/get_positions", params().put("currency", settings.currency()).put("access_token", s.token))
                .whenComplete((result, error) -> {
                    try {
                        if (error != null) {
                            LOG.warn("{}: position reload failed: {}", settings.venue(), describe(error));
                        } else {
                            sink.accept(new MarketEvent.PositionsLoaded(settings.venue(), positions(result)));
                        }
                    } catch (RuntimeException e) {
                        malformed("positions", String.valueOf(result), e);
                    } finally {
                        s.positionsLoading.set(false);
                        if (s.positionsDirty) {
                            s.positionsDirty = false;
                            refreshPositions(s);
                        }
                    }
                });
    }

    /** Once a second: drop a silent socket, otherwise measure latency with a cheap round trip. */
    private void keepAlive(Session s) {
        long silentMillis = (System.nanoTime() - s.lastMessageNanos) / 1_000_000;
        if (silentMillis > 2_000L * settings.heartbeatSeconds() + 2_000) {
            LOG.warn("{}: nothing received for {} ms, reconnecting", settings.venue(), silentMillis);
            s.socket.cancel();
            return;
        }
        if (++s.ticks % CHAIN_REFRESH_SECONDS == 0) {
            refreshChain(s);
        }
        if (s.ticks % 5 == 0) {
            send(s, "public/test", params()).whenComplete((r, e) -> {
                if (e == null && s == session) {
                    report(FeedState.CONNECTED, "");
                }
            });
        }
    }

    /**
     * The whole option chain (marks, IVs, open interest) from one book-summary request: what market-wide
     * exposure needs, at a fraction of the traffic of a ticker per option. Instruments with a live ticker
     * subscription are skipped, since their ticker is fresher.
     */
    private void refreshChain(Session s) {
        send(s, "public/get_book_summary_by_currency", params().put("currency", settings.currency()).put("kind", "option"))
                .whenComplete((result, error) -> {
                    if (error != null) {
                        LOG.debug("{}: chain refresh failed: {}", settings.venue(), describe(error));
                        return;
                    }
                    var received = clock.instant();
                    for (JsonNode n : result) {
                        if (s.tickered.contains("ticker." + n.path("instrument_name").asText() + ".100ms")) {
                            continue;
                        }
                        try {
                            sink.accept(new MarketEvent.QuoteUpdated(mapper.summaryQuote(n, received)));
                        } catch (RuntimeException e) {
                            malformed("book summary entry", n.toString(), e);
                        }
                    }
                });
    }

    private JsonNode call(Session s, String method, ObjectNode params) throws Exception {
        try {
            return send(s, method, params).get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new TimeoutException(method + " got no answer within " + settings.requestTimeout().toMillis() + " ms");
        }
    }

    private CompletableFuture<JsonNode> send(Session s, String method, ObjectNode params) {
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        long id = s.calls.open(method, result);
        write(s, id, method, params);
        return result;
    }

    private void write(Session s, long id, String method, ObjectNode params) {
        ObjectNode request = json.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        request.set("params", params);
        if (!s.socket.send(request.toString())) {
            // OkHttp refused to queue the frame, so it never reaches the wire.
            s.calls.abandon(id, new RequestNotSentException(method + " not sent: the socket is closed"));
        }
    }

    private ObjectNode params() {
        return json.createObjectNode();
    }

    /** Nothing a venue sends may end the session or escape to OkHttp (which would fail the socket). */
    private void onText(Session s, String text) {
        try {
            handle(s, text);
        } catch (RuntimeException e) {
            malformed("frame", text, e);
        }
    }

    private void handle(Session s, String text) {
        if (text.length() > MAX_FRAME_CHARS) {
            malformed("oversized frame of " + text.length() + " chars", text, null);
            return;
        }
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (IOException e) {
            malformed("frame", text, e);
            return;
        }
        if (message.hasNonNull("id")) {
            if (message.path("error").path("code").asInt() == TOO_MANY_REQUESTS) {
                rateLimited(s);
            }
            s.calls.answer(message);
            return;
        }
        String method = message.path("method").asText();
        JsonNode params = message.path("params");
        switch (method) {
            case "subscription" -> onNotification(s, params.path("channel").asText(), params.path("data"), text);
            case "heartbeat" -> {
                if ("test_request".equals(params.path("type").asText())) {
                    // Unanswered, Deribit closes the socket (and cancels orders under cancel-on-disconnect).
                    send(s, "public/test", params());
                }
            }
            default -> malformed("message with method '" + method + "'", text, null);
        }
    }

    /**
     * Only channels this session subscribed are read, and a payload must be about what its channel names: a
     * ticker for an instrument never listed, or an index under another index's channel, is counted and dropped.
     */
    private void onNotification(Session s, String channel, JsonNode data, String raw) {
        try {
            if (!s.subscribed.contains(channel)) {
                malformed("notification on unsubscribed channel '" + channel + "'", raw, null);
            } else if (channel.startsWith("ticker.")) {
                Quote quote = mapper.quote(data);
                requireSame("instrument", channelSubject(channel), quote.instrument().name());
                sink.accept(new MarketEvent.QuoteUpdated(quote));
            } else if (channel.startsWith("deribit_price_index.")) {
                requireSame("index", channel.substring("deribit_price_index.".length()), data.path("index_name").asText());
                sink.accept(new MarketEvent.IndexUpdated(mapper.index(data)));
            } else if (channel.startsWith("user.")) {
                if (channel.equals(positionChangesChannel())) {
                    refreshPositions(session);
                }
                if (privateChannels.contains(channel)) {
                    userListener.accept(channel, data);
                }
            } else {
                LOG.debug("{}: ignoring notification on {}", settings.venue(), channel);
            }
        } catch (RuntimeException e) {
            malformed("notification on " + channel, raw, e);
        }
    }

    /**
     * The venue ends the session after a 10028; close it ourselves rather than count on its close frame, and
     * mark it so the reconnect waits for the rate-limit credits to refill instead of hammering the venue.
     */
    private void rateLimited(Session s) {
        if (s.rateLimited) {
            return;
        }
        s.rateLimited = true;
        s.failure = "rate limited by the venue (10028 too_many_requests)";
        LOG.warn("{}: {}; the session is over, reconnecting after a pause", settings.venue(), s.failure);
        s.socket.close(1000, "too_many_requests");
    }

    /** {@code ticker.BTC-PERPETUAL.100ms} → {@code BTC-PERPETUAL} (instrument names carry no dots). */
    private static String channelSubject(String channel) {
        int first = channel.indexOf('.');
        int last = channel.lastIndexOf('.');
        return last > first ? channel.substring(first + 1, last) : "";
    }

    private static void requireSame(String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new MalformedMessageException(what + " '" + actual + "' on the channel of '" + expected + "'");
        }
    }

    private void malformed(String what, String raw, Exception cause) {
        long count = malformedMessages.incrementAndGet();
        LOG.warn("{}: skipped malformed {} (#{}): {} — {}", settings.venue(), what, count,
                cause == null ? "unexpected" : cause.getMessage(), abbreviate(raw));
    }

    private void lost(Session s, String socketReason) {
        String reason = s.failure != null ? s.failure : socketReason;
        s.ready = false;
        s.calls.failAll(new IOException("connection lost: " + reason));
        onControl(() -> {
            if (s != session || closed) {
                return;
            }
            session = null;
            if (s.keepAlive != null) {
                s.keepAlive.cancel(false);
            }
            if (s.refresh != null) {
                s.refresh.cancel(false);
            }
            Duration wait = backoff.next();
            if (s.rateLimited) {
                Duration coolDown = settings.maxBackoff().compareTo(RATE_LIMIT_COOL_DOWN) < 0
                        ? settings.maxBackoff() : RATE_LIMIT_COOL_DOWN;
                wait = wait.compareTo(coolDown) < 0 ? coolDown : wait;
            }
            LOG.warn("{}: connection lost ({}), reconnecting in {} ms", settings.venue(), reason, wait.toMillis());
            report(FeedState.RECONNECTING, reason + "; retry in " + wait.toMillis() + " ms");
            control.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    /** Runs a task on the control thread, unless the connector has been closed (then there is nothing to do). */
    private void onControl(Runnable task) {
        try {
            control.execute(task);
        } catch (RejectedExecutionException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    /**
     * Reports the state; {@code since} moves only when the state changes, so a latency update does not look like
     * a new connection to whoever reacts to one (the hedger reconciles a venue when it becomes CONNECTED).
     */
    private synchronized void report(FeedState state, String detail) {
        Session s = session;
        long latency = s == null ? -1 : s.calls.lastRoundTripMillis();
        if (state != reportedState) {
            reportedState = state;
            reportedSince = clock.instant();
        }
        sink.accept(new MarketEvent.FeedStatusChanged(new FeedStatus(settings.venue(), endpointForDisplay(), state,
                reportedSince, latency, detail)));
    }

    /** The endpoint without any user-info part, so nothing secret reaches the screen or the logs. */
    private String endpointForDisplay() {
        var e = settings.endpoint();
        return e.getScheme() + "://" + e.getHost() + (e.getPort() > 0 ? ":" + e.getPort() : "") + e.getPath();
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String abbreviate(String raw) {
        return raw.length() <= LOGGED_RAW_CHARS ? raw : raw.substring(0, LOGGED_RAW_CHARS) + "…";
    }

    @Override
    public void close() {
        closed = true;
        Session s = session;
        if (s != null) {
            if (s.keepAlive != null) {
                s.keepAlive.cancel(false);
            }
            s.socket.close(1000, "client closing");
            s.calls.failAll(new IOException("connector closed"));
        }
        report(FeedState.STOPPED, "");
        control.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** One socket and what belongs to it; callbacks from an old socket are told apart by identity. */
    private final class Session extends WebSocketListener {
        final PendingCalls calls = new PendingCalls();
        volatile WebSocket socket;
        volatile long lastMessageNanos = System.nanoTime();
        volatile ScheduledFuture<?> keepAlive;
        volatile String failure;
        volatile Set<String> tickered = Set.of();
        volatile String token;
        /** The latest login on this socket; replaced on each refresh. */
        volatile AuthGrant grant;
        volatile ScheduledFuture<?> refresh;
        volatile boolean cancelOnDisconnect;
        volatile boolean rateLimited;
        /** Channels asked for on this socket, less those the venue refused. */
        final Set<String> subscribed = ConcurrentHashMap.newKeySet();
        final AtomicBoolean positionsLoading = new AtomicBoolean();
        volatile boolean positionsDirty;
        volatile boolean ready;
        int ticks;

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            lastMessageNanos = System.nanoTime();
            onControl(() -> bringUp(this));
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            lastMessageNanos = System.nanoTime();
            onText(this, text);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            lost(this, "closed by venue (" + code + (reason.isEmpty() ? "" : " " + reason) + ")");
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            lost(this, "closed (" + code + ")");
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            lost(this, describe(t));
        }
    }
}
