package com.hedgeflow.views.status;

import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.fx.SnapshotView;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/**
 * The strip along the bottom: every feed's health on the left, the time of the snapshot on screen on
 * the right, so a frozen screen is visible as a frozen clock.
 */
public final class StatusBarView implements SnapshotView {

    private final StatusBar bar = new StatusBar();
    private final Map<String, FeedIndicator> feeds = new LinkedHashMap<>();
    private final Label snapshotTime = new Label();
    private Instant shownTimestamp;
    private long shownSequence = -1;

    public StatusBarView() {
        bar.getStyleClass().add("hf-status-bar");
        bar.setId("status-bar");
        bar.setText("");
        snapshotTime.setId("snapshot-time");
        snapshotTime.getStyleClass().addAll("hf-muted", "hf-num");
        snapshotTime.setText("waiting for first snapshot");
        bar.getRightItems().add(snapshotTime);
    }

    public Node node() {
        return bar;
    }

    @Override
    public void render(RiskSnapshot snapshot, Instant now) {
        boolean added = false;
        for (FeedStatus f : snapshot.feeds()) {
            String key = key(f);
            FeedIndicator indicator = feeds.get(key);
            if (indicator == null) {
                indicator = new FeedIndicator(f.venue(), f.endpoint());
                feeds.put(key, indicator);
                added = true;
            }
            indicator.update(f, snapshot.lastMessageAt().get(f.venue()), now);
        }
        if (added || feeds.size() != snapshot.feeds().size()) {
            relayout(snapshot);
        }
        if (!snapshot.timestamp().equals(shownTimestamp) || snapshot.sequence() != shownSequence) {
            snapshotTime.setText("snapshot " + TraderFormat.utcTime(snapshot.timestamp())
                    + "  \u00b7  seq " + TraderFormat.fixed(snapshot.sequence(), 0));
            shownTimestamp = snapshot.timestamp();
            shownSequence = snapshot.sequence();
        }
    }

    private void relayout(RiskSnapshot snapshot) {
        Set<String> present = new HashSet<>();
        snapshot.feeds().forEach(f -> present.add(key(f)));
        feeds.keySet().retainAll(present);
        bar.getLeftItems().clear();
        for (FeedIndicator indicator : feeds.values()) {
            if (!bar.getLeftItems().isEmpty()) {
                Region separator = new Region();
                separator.getStyleClass().add("hf-status-sep");
                bar.getLeftItems().add(separator);
            }
            bar.getLeftItems().add(indicator.node());
        }
    }

    private static String key(FeedStatus f) {
        return f.venue() + '\u0000' + f.endpoint();
    }
}
