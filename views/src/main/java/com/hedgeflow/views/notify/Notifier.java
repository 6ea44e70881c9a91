package com.hedgeflow.views.notify;

import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.notify.DeskAlert.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Shows alerts as ControlsFX notifications at the bottom right of the workstation window, at most
 * {@link #MAX_PER_SECOND} a second: a burst beyond that becomes one "N more…" notification. Everything runs on the
 * FX thread and nothing waits; a backlog is drained by one pause timer, never by sleeping.
 *
 * <p>It keeps the last {@link #HISTORY} alerts and the last {@link #HISTORY} notifications it put up, for tests and a
 * future alerts list.
 */
public final class Notifier {

    public static final int MAX_PER_SECOND = 3;
    public static final int HISTORY = 50;
    static final Duration SHOW_FOR = Duration.seconds(5);
    static final Duration SHOW_ERRORS_FOR = Duration.seconds(15);
    private static final long WINDOW_NANOS = 1_000_000_000L;

    /** What went on screen: the popup's title and text and the severity it was coloured with. */
    public record Shown(Severity severity, String title, String text) {
    }

    private final Palette palette;
    private final Supplier<Window> owner;
    private final LongSupplier nanoClock;
    private final Deque<DeskAlert> queue = new ArrayDeque<>();
    private final Deque<Long> shownAt = new ArrayDeque<>();
    private final Deque<DeskAlert> recent = new ArrayDeque<>();
    private final Deque<Shown> shown = new ArrayDeque<>();
    private final PauseTransition later = new PauseTransition();
    private boolean drainScheduled;

    /** @param owner the window the notifications belong to; {@code null} while there is none (nothing shows) */
    public Notifier(Palette palette, Supplier<Window> owner) {
        this(palette, owner, System::nanoTime);
    }

    Notifier(Palette palette, Supplier<Window> owner, LongSupplier nanoClock) {
        this.palette = Objects.requireNonNull(palette, "palette");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        later.setOnFinished(e -> {
            drainScheduled = false;
            drain();
        });
    }

    /** Queues the alerts and shows what the rate allows now; the rest follows within a second or is summarised. */
    public void publish(List<DeskAlert> alerts) {
        checkThread();
        if (alerts.isEmpty()) {
            return;
        }
        for (DeskAlert a : alerts) {
            remember(recent, a);
            queue.addLast(a);
        }
        drain();
    }

    /** The newest alerts received, oldest first, at most {@link #HISTORY}. */
    public List<DeskAlert> recent() {
        return Collections.unmodifiableList(new ArrayList<>(recent));
    }

    /** The newest notifications put on screen (or that would have been, without a window), oldest first. */
    public List<Shown> shown() {
        return Collections.unmodifiableList(new ArrayList<>(shown));
    }

    /** Alerts waiting for the rate limit. */
    public int backlog() {
        return queue.size();
    }

    private void drain() {
        long now = nanoClock.getAsLong();
        while (!shownAt.isEmpty() && now - shownAt.peekFirst() >= WINDOW_NANOS) {
            shownAt.removeFirst();
        }
        while (!queue.isEmpty() && shownAt.size() < MAX_PER_SECOND) {
            boolean lastSlot = shownAt.size() == MAX_PER_SECOND - 1;
            if (lastSlot && queue.size() > 1) {
                showSummary();
            } else {
                DeskAlert a = queue.removeFirst();
                show(a.severity(), a.title(), a.text());
            }
            shownAt.addLast(now);
        }
        if (!queue.isEmpty() && !drainScheduled) {
            drainScheduled = true;
            long waitNanos = Math.max(1, WINDOW_NANOS - (now - shownAt.peekFirst()));
            later.setDuration(Duration.millis(Math.max(10, waitNanos / 1_000_000.0)));
            later.playFromStart();
        }
    }

    private void showSummary() {
        Severity worst = Severity.GOOD;
        List<String> titles = new ArrayList<>();
        int n = queue.size();
        while (!queue.isEmpty()) {
            DeskAlert a = queue.removeFirst();
            if (a.severity().compareTo(worst) > 0) {
                worst = a.severity();
            }
            if (titles.size() < 4) {
                titles.add(a.title());
            }
        }
        String text = String.join("\n", titles) + (n > titles.size() ? "\n\u2026" : "");
        show(worst, n + " more alerts\u2026", text);
    }

    private void show(Severity severity, String title, String text) {
        remember(shown, new Shown(severity, title, text));
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        Circle dot = new Circle(6, Color.web(colour(severity)));
        dot.getStyleClass().add("hf-notify-dot");
        Notifications.create()
                .owner(window)
                .position(Pos.BOTTOM_RIGHT)
                .darkStyle()
                .styleClass("hf-notify", "hf-notify-" + severity.name().toLowerCase(Locale.ROOT))
                .graphic(dot)
                .title(title)
                .text(text)
                .hideAfter(severity == Severity.ERROR ? SHOW_ERRORS_FOR : SHOW_FOR)
                .show();
    }

    /** The palette colour of a severity: healthy green, accent blue, warning amber, failure red. */
    public String colour(Severity severity) {
        switch (severity) {
            case GOOD:
                return palette.up();
            case WARN:
                return palette.warn();
            case ERROR:
                return palette.down();
            default:
                return palette.accent();
        }
    }

    private static <T> void remember(Deque<T> history, T item) {
        history.addLast(item);
        while (history.size() > HISTORY) {
            history.removeFirst();
        }
    }

    private static void checkThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Notifier runs on the FX thread");
        }
    }
}
