package com.hedgeflow.views.status;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.views.format.TraderFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One feed in the status bar: venue, endpoint, state, latency and how long since its last message.
 *
 * <p>The age is the number a trader glances at before trusting a delta: a socket can stay "connected"
 * while the venue has stopped sending, so it turns to the warning colour past {@link #STALE_AFTER}.
 */
final class FeedIndicator {

    static final Duration STALE_AFTER = Duration.ofSeconds(2);
    static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static final Map<FeedState, PseudoClass> STATE_CLASSES = new EnumMap<>(FeedState.class);

    static {
        for (FeedState s : FeedState.values()) {
            STATE_CLASSES.put(s, PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT)));
        }
    }

    private final HBox box = new HBox();
    private final Label venue = label("hf-feed-venue");
    private final Label endpoint = label("hf-feed-endpoint");
    private final Label state = label("hf-feed-state");
    private final Label latency = label("hf-feed-latency");
    private final Label age = label("hf-feed-age");
    private final Tooltip detail = new Tooltip();

    private FeedStatus shown;
    private long shownAgeTenths = Long.MIN_VALUE;

    FeedIndicator(String venueName, String endpointText) {
        Region dot = new Region();
        dot.getStyleClass().add("hf-feed-dot");
        venue.setText(venueName);
        endpoint.setText(endpointText);
        endpoint.getStyleClass().add("hf-muted");
        latency.getStyleClass().add("hf-num");
        age.getStyleClass().add("hf-num");
        box.getStyleClass().add("hf-feed");
        box.setId("feed-" + venueName);
        box.getChildren().addAll(dot, venue, endpoint, state, latency, age);
        Tooltip.install(box, detail);
    }

    HBox node() {
        return box;
    }

    /** @param lastMessage when the venue's last message was applied, or {@code null} if none yet */
    void update(FeedStatus feed, Instant lastMessage, Instant now) {
        if (shown == null || shown.state() != feed.state()) {
            state.setText(feed.state().name());
            STATE_CLASSES.forEach((s, pc) -> box.pseudoClassStateChanged(pc, s == feed.state()));
        }
        if (shown == null || shown.latencyMillis() != feed.latencyMillis()) {
            latency.setText(TraderFormat.millis(feed.latencyMillis()));
        }
        if (shown == null || !shown.detail().equals(feed.detail()) || !shown.since().equals(feed.since())) {
            detail.setText(feed.state() + " since " + TraderFormat.utcTime(feed.since())
                    + (feed.detail().isEmpty() ? "" : "\n" + feed.detail()));
        }
        shown = feed;
        updateAge(lastMessage, now);
    }

    private void updateAge(Instant lastMessage, Instant now) {
        long tenths = lastMessage == null ? -1 : Math.max(0, Duration.between(lastMessage, now).toMillis()) / 100;
        if (tenths == shownAgeTenths) {
            return; // the 4 Hz tick usually lands here: nothing to format
        }
        shownAgeTenths = tenths;
        age.setText(tenths < 0 ? "no msg yet" : "last msg " + TraderFormat.ageFromTenths(tenths) + " ago");
        age.pseudoClassStateChanged(STALE, tenths < 0 || tenths > STALE_AFTER.toMillis() / 100);
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }
}
