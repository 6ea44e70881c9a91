package com.hedgeflow.app.smoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.app.Main;
import com.hedgeflow.app.gui.SmokeWindow;
import com.hedgeflow.app.wiring.UserDirs;
import com.hedgeflow.app.wiring.Workstation;
import com.hedgeflow.app.wiring.WorkstationOptions;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code hedgeflow --smoke}: does this copy of the app start? It starts the engine on the embedded simulator,
 * waits for the first risk snapshot — in the window when there is a display, headless otherwise — prints one
 * JSON line saying what it found, and exits 0 when all is well. The installer build runs it against the
 * packaged launcher; a trader's desk support can run it against an installed copy.
 *
 * <p>A packaged copy (one started by a jpackage launcher) is held to more: JavaFX must come from the bundled
 * runtime as named modules (the class-path route prints "Unsupported JavaFX configuration"), and the log
 * file must exist in the user's log folder.
 */
public final class SmokeCheck {
    private static final Logger LOG = LoggerFactory.getLogger(SmokeCheck.class);

    /** Generous: a cold start on a busy build machine; the simulator itself answers within a second. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Set by every jpackage launcher to the launcher's own path. */
    static final String PACKAGED_PROPERTY = "jpackage.app-path";
    private static final long SEED = 42;

    public enum Mode { HEADLESS, WINDOW }

    private final Map<String, String> env;

    public SmokeCheck(Map<String, String> env) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

    /**
     * Headless when told so ({@code -Djava.awt.headless=true}, e.g. through {@code JAVA_TOOL_OPTIONS}) or,
     * on Linux and other X11/Wayland systems, when neither {@code DISPLAY} nor {@code WAYLAND_DISPLAY} is set.
     * Windows and macOS desktops always have a screen.
     */
    public static Mode mode(String osName, Map<String, String> env, String awtHeadless) {
        if ("true".equalsIgnoreCase(awtHeadless)) {
            return Mode.HEADLESS;
        }
        if (UserDirs.Os.fromOsName(osName) != UserDirs.Os.LINUX) {
            return Mode.WINDOW;
        }
        return isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY")) ? Mode.WINDOW : Mode.HEADLESS;
    }

    /** @return the exit code: 0 when the first snapshot arrived and the packaging checks passed, else 1 */
    public int run(PrintWriter out, PrintWriter err) {
        Mode mode = mode(System.getProperty("os.name"), env, System.getProperty("java.awt.headless"));
        WorkstationOptions options = WorkstationOptions.simulator(SEED);
        boolean packaged = System.getProperty(PACKAGED_PROPERTY) != null;
        LOG.info("smoke check: {} on the embedded simulator{}", mode.name().toLowerCase(Locale.ROOT),
                packaged ? " (packaged: " + System.getProperty(PACKAGED_PROPERTY) + ")" : "");
        List<String> problems = new ArrayList<>();

        long started = System.nanoTime();
        RiskSnapshot first = null;
        try {
            first = mode == Mode.HEADLESS ? headless(options) : SmokeWindow.run(options, env, TIMEOUT);
        } catch (TimeoutException e) {
            problems.add("no risk snapshot with an underlying within " + TIMEOUT.toSeconds() + " s");
        } catch (Exception | LinkageError e) {
            problems.add("could not start: " + e);
            LOG.error("smoke check: could not start", e);
        }
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        String javafx = javafxLocation(SmokeCheck.class.getClassLoader());
        if (packaged && !javafx.startsWith("module ")) {
            problems.add("JavaFX should come from the bundled runtime as named modules, found: " + javafx);
        }
        Path logFile = Path.of(System.getProperty(Main.LOG_DIR_PROPERTY, System.getProperty("java.io.tmpdir")),
                UserDirs.LOG_FILE_NAME);
        if (packaged && !Files.isRegularFile(logFile)) {
            problems.add("no log file at " + logFile);
        }
        UserDirs dirs = UserDirs.forCurrentUser();
        if (packaged && !(Files.isDirectory(dirs.config()) && Files.isDirectory(dirs.data()))) {
            problems.add("the user folders were not created: " + dirs);
        }

        out.println(report(mode, packaged, javafx, first, elapsedMs, dirs, logFile, problems));
        out.flush();
        for (String problem : problems) {
            err.println("hedgeflow --smoke: " + problem);
        }
        err.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    private RiskSnapshot headless(WorkstationOptions options) throws Exception {
        try (Workstation workstation = Workstation.start(options, env)) {
            return FirstSnapshot.of(workstation.engine()).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    /** Where {@code javafx.graphics} would load from, without starting the toolkit. */
    static String javafxLocation(ClassLoader loader) {
        try {
            Module module = Class.forName("javafx.application.Platform", false, loader).getModule();
            return module.isNamed() ? "module " + module.getDescriptor().toNameAndVersion() : "class path";
        } catch (ClassNotFoundException | LinkageError e) {
            return "absent";
        }
    }

    private static String report(Mode mode, boolean packaged, String javafx, RiskSnapshot first, long elapsedMs,
                                 UserDirs dirs, Path logFile, List<String> problems) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode line = json.createObjectNode();
        line.put("smoke", problems.isEmpty() ? "ok" : "failed");
        line.put("mode", mode.name().toLowerCase(Locale.ROOT));
        line.put("version", version());
        line.put("packaged", packaged);
        line.put("javafx", javafx);
        if (first != null) {
            line.put("first_snapshot_ms", elapsedMs);
            ArrayNode underlyings = line.putArray("underlyings");
            for (UnderlyingRisk u : first.underlyings()) {
                underlyings.add(u.underlying());
            }
        } else {
            line.putNull("first_snapshot_ms");
        }
        line.put("config_dir", dirs.config().toString());
        line.put("data_dir", dirs.data().toString());
        line.put("log_file", logFile.toString());
        ArrayNode listed = line.putArray("problems");
        problems.forEach(listed::add);
        return line.toString();
    }

    private static String version() {
        String version = SmokeCheck.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
