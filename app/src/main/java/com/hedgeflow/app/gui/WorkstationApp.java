package com.hedgeflow.app.gui;

import com.hedgeflow.app.wiring.Workstation;
import com.hedgeflow.app.wiring.WorkstationOptions;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.fx.SnapshotPump;
import com.hedgeflow.views.shell.WorkstationView;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window. JavaFX creates this class itself, so the launch options travel through a static field set by
 * {@link #run} just before {@link Application#launch}.
 */
public final class WorkstationApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationApp.class);

    private static volatile WorkstationOptions launchOptions;
    private static volatile Theme launchTheme = Theme.DARK;
    private static volatile Map<String, String> launchEnv = Map.of();
    private static volatile int exitCode;

    private Workstation workstation;
    private SnapshotPump pump;

    /** Blocks until the window is closed; returns the process exit code. */
    public static int run(WorkstationOptions options, String theme) {
        launchTheme = parseTheme(theme);
        launchOptions = options;
        launchEnv = System.getenv();
        Application.launch(WorkstationApp.class);
        return exitCode;
    }

    static Theme parseTheme(String theme) {
        try {
            return Theme.valueOf(theme.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown theme '" + theme + "'; expected dark or light");
        }
    }

    @Override
    public void start(Stage stage) {
        try {
            workstation = Workstation.start(launchOptions, launchEnv);
        } catch (Exception e) {
            LOG.error("could not start the workstation", e);
            exitCode = 1;
            Alert alert = new Alert(Alert.AlertType.ERROR, "Hedgeflow could not start:\n" + e.getMessage());
            alert.setHeaderText("Start-up failed");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        show(stage, workstation, launchTheme);
    }

    /** Builds the window on a running workstation; the TestFX tests call this directly. */
    public void show(Stage stage, Workstation running, Theme theme) {
        this.workstation = running;
        WorkstationView view = new WorkstationView(theme,
                new WorkstationDesk(running.hedger(), running.auditLog(), WorkstationDesk.osUser()));
        Scene scene = new Scene(view.root(), 1400, 900);
        scene.getStylesheets().addAll(view.stylesheets());
        pump = new SnapshotPump(view::render, Clock.systemUTC());
        running.engine().addListener(pump::offer);
        pump.start();
        stage.setTitle("Hedgeflow");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }

    @Override
    public void stop() {
        if (pump != null) {
            pump.stop();
        }
        if (workstation != null) {
            workstation.close();
        }
    }
}
