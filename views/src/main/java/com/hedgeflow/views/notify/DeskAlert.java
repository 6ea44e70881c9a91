package com.hedgeflow.views.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a trader should hear about once: a feed dropping, an order ending, the hedger stopping itself.
 *
 * @param key   what identifies the event (kind plus venue, order id or proposal id), for tests and logs
 * @param at    the wall time the detector saw it
 */
public record DeskAlert(Kind kind, Severity severity, String key, String title, String text, Instant at) {

    public enum Severity {
        /** Good news: a fill, a feed back. */
        GOOD,
        INFO,
        WARN,
        ERROR
    }

    public enum Kind {
        FEED_DOWN,
        FEED_BACK,
        STALE_DATA,
        ORDER_PARTIALLY_FILLED,
        ORDER_FILLED,
        ORDER_REJECTED,
        ORDER_CANCELLED,
        ORDER_IN_DOUBT,
        /** Left the open orders without a terminal state seen: the outcome is in the blotter. */
        ORDER_CLOSED,
        PROPOSAL_BLOCKED,
        AUTO_OFF,
        KILL_ENGAGED,
        KILL_RELEASED
    }

    public DeskAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        text = text == null ? "" : text;
        Objects.requireNonNull(at, "at");
    }
}
