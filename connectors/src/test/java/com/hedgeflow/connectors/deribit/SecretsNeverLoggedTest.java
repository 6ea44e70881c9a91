package com.hedgeflow.connectors.deribit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hedgeflow.connectors.common.ApiCredentials;
import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.MarketEvent.FeedStatusChanged;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * risk-controls.md SEC-01/SEC-02: through login, token refresh, reconnect and a refused login, neither the
 * client secret nor any token shows up in a log line, an exception message, a status line or a toString.
 */
class SecretsNeverLoggedTest {
    private static final String SECRET = "PLANTED-secret-7f3a9c1e";
    private static final String WRONG_SECRET = "PLANTED-wrong-secret-b81d";
    /** The simulator's token shape: issue time in ms, a dot, 32 URL-safe characters. */
    private static final Pattern TOKEN = Pattern.compile("\\d{13}\\.[A-Za-z0-9_-]{32}");

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger hedgeflow;
    private Level previousLevel;
    private VenueHarness h;

    @BeforeEach
    void captureLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logs.setContext(context);
        logs.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs);
        // Debug lines count too: a secret must not hide one level below the default.
        hedgeflow = context.getLogger("com.hedgeflow");
        previousLevel = hedgeflow.getLevel();
        hedgeflow.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
        hedgeflow.setLevel(previousLevel);
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .detachAppender(logs);
    }

    @Test
    void theSecretAndTokensNeverReachLogsErrorsOrStrings() throws Exception {
        h = VenueHarness.start(VenueHarness.config().clientSecret(SECRET).tokenLifetimeSeconds(2));
        ApiCredentials credentials = new ApiCredentials(h.venue.clientId(), SECRET);
        DeribitConnector c = h.connect(credentials);
        h.awaitConnected(0);
        Thread.sleep(1_900); // one token refresh at 80 % of 2 s
        assertTrue(h.venue.authGrants("refresh_token") >= 1, "a refresh ran");

        int before = h.sink.size();
        h.venue.dropAllConnections();
        h.awaitReconnected(before);

        List<String> texts = new ArrayList<>();
        DeribitSettings settings = DeribitSettings.of("deribit", h.venue.deribitWebSocketUri(), credentials);
        texts.add(credentials.toString());
        texts.add(settings.toString());
        texts.add(c.toString());
        c.close();

        // A refused login (13004): its error travels through the bring-up's log line and the status bar.
        int refusedFrom = h.sink.size();
        DeribitConnector wrong = h.connect(new ApiCredentials(h.venue.clientId(), WRONG_SECRET));
        FeedStatusChanged refused = h.sink.awaitAfter(refusedFrom, FeedStatusChanged.class,
                e -> e.status().state() == FeedState.RECONNECTING, VenueHarness.WAIT);
        assertTrue(refused.status().detail().contains("13004"), refused.status().detail());
        ExecutionException notSent = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> wrong.privateCall("private/get_positions", new ObjectMapper().createObjectNode(),
                        Duration.ofSeconds(1)).get(2, TimeUnit.SECONDS));
        texts.add(notSent.getCause().toString());
        texts.add(wrong.toString());

        h.sink.since(0).forEach(e -> texts.add(e.toString()));
        for (ILoggingEvent e : List.copyOf(logs.list)) {
            texts.add(e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                texts.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        assertTrue(logs.list.stream().anyMatch(e -> e.getFormattedMessage().contains("13004")),
                "the refused login was logged");
        for (String text : texts) {
            assertFalse(text.contains(SECRET), "secret in: " + text);
            assertFalse(text.contains(WRONG_SECRET), "wrong secret in: " + text);
            assertFalse(TOKEN.matcher(text).find(), "token in: " + text);
        }
        assertEquals(0, texts.stream().filter(t -> t.contains("PLANTED")).count());
    }
}
