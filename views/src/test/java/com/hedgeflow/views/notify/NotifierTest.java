package com.hedgeflow.views.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.notify.DeskAlert.Kind;
import com.hedgeflow.views.notify.DeskAlert.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Rate limiting and history, without a window (nothing pops up; what would have is recorded). */
@ExtendWith(ApplicationExtension.class)
class NotifierTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private Notifier notifier;

    @Start
    void start(Stage stage) {
        notifier = new Notifier(Palette.DARK, () -> null, nanos::get);
    }

    private static DeskAlert alert(int i, Severity severity) {
        return new DeskAlert(Kind.ORDER_FILLED, severity, "order:o-" + i, "Filled o-" + i, "", Desks.T0);
    }

    @Test
    void aBurstIsCoalescedIntoOneMoreNotification(FxRobot robot) {
        List<DeskAlert> burst = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            burst.add(alert(i, i == 7 ? Severity.ERROR : Severity.GOOD));
        }
        robot.interact(() -> notifier.publish(burst));

        List<Notifier.Shown> shown = notifier.shown();
        assertEquals(Notifier.MAX_PER_SECOND, shown.size());
        assertEquals(List.of("Filled o-0", "Filled o-1", "8 more alerts\u2026"),
                shown.stream().map(Notifier.Shown::title).collect(Collectors.toList()));
        assertEquals(Severity.ERROR, shown.get(2).severity(), "the summary takes the worst severity");
        assertEquals(0, notifier.backlog());
        assertEquals(10, notifier.recent().size());
    }

    @Test
    void beyondTheRateTheRestWaitsForTheNextSecond(FxRobot robot) {
        robot.interact(() -> notifier.publish(List.of(alert(0, Severity.INFO))));
        robot.interact(() -> notifier.publish(List.of(alert(1, Severity.INFO))));
        robot.interact(() -> notifier.publish(List.of(alert(2, Severity.INFO))));
        robot.interact(() -> notifier.publish(List.of(alert(3, Severity.INFO))));
        assertEquals(3, notifier.shown().size());
        assertEquals(1, notifier.backlog(), "a fourth within the second waits");

        nanos.addAndGet(1_000_000_000L);
        robot.interact(() -> notifier.publish(List.of()));
        robot.interact(() -> notifier.publish(List.of(alert(4, Severity.INFO))));
        assertEquals(List.of("Filled o-0", "Filled o-1", "Filled o-2", "Filled o-3", "Filled o-4"),
                notifier.shown().stream().map(Notifier.Shown::title).collect(Collectors.toList()));
        assertEquals(0, notifier.backlog());
    }

    @Test
    void theHistoryKeepsTheLastFifty(FxRobot robot) {
        for (int round = 0; round < 6; round++) {
            List<DeskAlert> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                batch.add(alert(round * 10 + i, Severity.INFO));
            }
            robot.interact(() -> notifier.publish(batch));
            nanos.addAndGet(1_000_000_000L);
        }
        assertEquals(Notifier.HISTORY, notifier.recent().size());
        assertEquals("Filled o-10", notifier.recent().get(0).title());
        assertEquals("Filled o-59", notifier.recent().get(49).title());
    }

    @Test
    void severitiesUseThePaletteAndTheFxThreadIsRequired() {
        assertEquals(Palette.DARK.down(), notifier.colour(Severity.ERROR));
        assertEquals(Palette.DARK.warn(), notifier.colour(Severity.WARN));
        assertEquals(Palette.DARK.up(), notifier.colour(Severity.GOOD));
        assertEquals(Palette.DARK.accent(), notifier.colour(Severity.INFO));
        assertThrows(IllegalStateException.class, () -> notifier.publish(List.of(alert(0, Severity.INFO))));
        assertTrue(notifier.shown().isEmpty());
    }
}
