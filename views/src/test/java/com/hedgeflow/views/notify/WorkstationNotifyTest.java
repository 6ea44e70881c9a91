package com.hedgeflow.views.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.Books;
import com.hedgeflow.views.notify.DeskAlert.Kind;
import com.hedgeflow.views.notify.DeskAlert.Severity;
import com.hedgeflow.views.shell.WorkstationView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WorkstationNotifyTest {

    private final Desks.Fake desk = new Desks.Fake();
    private WorkstationView view;

    @Start
    void start(Stage stage) {
        view = new WorkstationView(Theme.DARK, desk);
        Scene scene = new Scene(view.root(), WorkstationView.PREF_WIDTH, WorkstationView.PREF_HEIGHT);
        scene.getStylesheets().addAll(view.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aDroppedFeedPopsUpANotificationOnce(FxRobot robot) {
        render(robot, Books.first(), Books.T0);
        assertTrue(view.notifier().shown().isEmpty());
        assertTrue(robot.lookup(".hf-notify").queryAll().isEmpty());

        RiskSnapshot s = Books.first();
        RiskSnapshot dropped = new RiskSnapshot(s.timestamp(), s.sequence() + 1, s.underlyings(), s.positions(),
                s.deltaBuckets(), List.of(Books.feed(FeedState.RECONNECTING, -1)), s.lastMessageAt(), List.of());
        render(robot, dropped, Books.T0.plusSeconds(1));
        render(robot, dropped, Books.T0.plusSeconds(2));

        assertEquals(List.of(Kind.FEED_DOWN),
                view.notifier().recent().stream().map(DeskAlert::kind).collect(Collectors.toList()));
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> bars = robot.lookup(".notification-bar.hf-notify").queryAll();
        assertEquals(1, bars.size(), "one popup for one drop");
        Node bar = bars.iterator().next();
        assertTrue(bar.getStyleClass().contains("hf-notify-warn"), bar.getStyleClass().toString());
        Set<String> texts = robot.from(bar).lookup((Node n) -> n instanceof Label).queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
        assertTrue(texts.contains("deribit feed reconnecting"), texts.toString());
        Region pane = robot.from(bar).lookup(".pane").queryAs(Region.class);
        assertEquals(Color.web(Theme.DARK.palette().warn()), pane.getBackground().getFills().get(0).getFill(),
                "the severity stripe comes from the theme");
    }

    @Test
    void anInDoubtOrderFromTheDeskIsAnError(FxRobot robot) {
        render(robot, Books.first(), Books.T0);
        desk.status = Desks.withOrders(Desks.order("o-1", OrderState.IN_DOUBT, 0));
        render(robot, Books.first(), Books.T0);
        List<Notifier.Shown> shown = view.notifier().shown();
        assertEquals(1, shown.size());
        assertEquals("Order in doubt o-1", shown.get(0).title());
        assertEquals(Severity.ERROR, shown.get(0).severity());
    }

    private void render(FxRobot robot, RiskSnapshot snapshot, Instant now) {
        robot.interact(() -> view.render(snapshot, now));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
