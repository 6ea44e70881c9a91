package com.hedgeflow.app.gui;

import com.hedgeflow.app.smoke.FirstSnapshot;
import com.hedgeflow.app.wiring.Workstation;
import com.hedgeflow.app.wiring.WorkstationOptions;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.styles.Theme;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The window half of {@code --smoke}: the real workstation window, closed again once the first snapshot with
 * data has been on screen for a moment. JavaFX creates this class itself, so the inputs and the outcome travel
 * through static fields, as in {@link WorkstationApp}.
 */
public final class SmokeWindow extends Application {
    /** How long the first snapshot stays on screen before the window closes: long enough for a pulse or two. */
    private static final javafx.util.Duration ON_SCREEN = javafx.util.Duration.millis(500);

    private static volatile WorkstationOptions launchOptions;
    private static volatile Map<String, String> launchEnv = Map.of();
    private static volatile Duration launchTimeout;
    private static final CompletableFuture<RiskSnapshot> OUTCOME = new CompletableFuture<>();

    private final WorkstationApp window = new WorkstationApp();

    /**
     * Opens the window, waits for the first snapshot with data and closes it. Once per JVM (JavaFX allows one
     * launch).
     *
     * @return that snapshot
     * @throws TimeoutException when none came within the timeout
     */
    public static RiskSnapshot run(WorkstationOptions options, Map<String, String> env, Duration timeout)
            throws Exception {
        launchOptions = options;
        launchEnv = Map.copyOf(env);
        launchTimeout = timeout;
        Application.launch(SmokeWindow.class);
        if (!OUTCOME.isDone()) {
            throw new IllegalStateException("the window closed before the first snapshot");
        }
        try {
            return OUTCOME.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    @Override
    public void start(Stage stage) {
        Workstation workstation;
        try {
            workstation = Workstation.start(launchOptions, launchEnv);
        } catch (Exception e) {
            finish(() -> OUTCOME.completeExceptionally(e));
            return;
        }
        window.show(stage, workstation, Theme.DARK);
        FirstSnapshot.of(workstation.engine()).thenAccept(snapshot -> Platform.runLater(() -> {
            PauseTransition onScreen = new PauseTransition(ON_SCREEN);
            onScreen.setOnFinished(e -> finish(() -> OUTCOME.complete(snapshot)));
            onScreen.play();
        }));
        PauseTransition deadline = new PauseTransition(javafx.util.Duration.millis(launchTimeout.toMillis()));
        deadline.setOnFinished(e -> finish(() -> OUTCOME.completeExceptionally(
                new TimeoutException("no snapshot within " + launchTimeout.toSeconds() + " s"))));
        deadline.play();
    }

    private static void finish(Runnable outcome) {
        outcome.run();
        Platform.exit();
    }

    @Override
    public void stop() {
        window.stop();
    }
}
