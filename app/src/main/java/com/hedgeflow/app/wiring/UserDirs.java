package com.hedgeflow.app.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where a trader's own files live: in the platform's usual per-user folders, never inside the installation,
 * so an upgrade or an uninstall leaves them alone.
 *
 * <ul>
 *   <li>{@link #config()}: settings and the window layout — small files a person may want to copy or roam.</li>
 *   <li>{@link #data()}: the journal (SQLite) and anything else the app must not lose. On Windows it stays in
 *       the local profile, because a database must not travel with a roaming profile.</li>
 *   <li>{@link #logs()}: {@value #LOG_FILE_NAME} and its rolled copies.</li>
 * </ul>
 *
 * <table>
 *   <caption>The folders per platform</caption>
 *   <tr><th></th><th>Linux (and other Unix)</th><th>macOS</th><th>Windows</th></tr>
 *   <tr><td>config</td><td>$XDG_CONFIG_HOME/hedgeflow, else ~/.config/hedgeflow</td>
 *       <td>~/Library/Application Support/Hedgeflow</td><td>%APPDATA%\Hedgeflow</td></tr>
 *   <tr><td>data</td><td>$XDG_DATA_HOME/hedgeflow, else ~/.local/share/hedgeflow</td>
 *       <td>~/Library/Application Support/Hedgeflow</td><td>%LOCALAPPDATA%\Hedgeflow</td></tr>
 *   <tr><td>logs</td><td>$XDG_STATE_HOME/hedgeflow, else ~/.local/state/hedgeflow</td>
 *       <td>~/Library/Logs/Hedgeflow</td><td>%LOCALAPPDATA%\Hedgeflow\Logs</td></tr>
 * </table>
 *
 * <p>{@code HEDGEFLOW_HOME}, when set, puts all three under one folder ({@code config}, {@code data},
 * {@code logs}): for a portable copy, and for build checks that must not write into the builder's home.
 *
 * <p>The paths are worked out from the OS name, the environment and the home folder passed in, so every
 * platform's rules can be tested on any machine.
 */
public record UserDirs(Path config, Path data, Path logs) {

    public static final String HOME_VARIABLE = "HEDGEFLOW_HOME";
    public static final String LOG_FILE_NAME = "hedgeflow.log";

    public UserDirs {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(logs, "logs");
    }

    /** The operating systems whose conventions differ; anything that is neither Windows nor macOS follows XDG. */
    public enum Os {
        LINUX, MACOS, WINDOWS;

        public static Os fromOsName(String osName) {
            String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
            if (os.startsWith("windows")) {
                return WINDOWS;
            }
            if (os.startsWith("mac") || os.startsWith("darwin")) {
                return MACOS;
            }
            return LINUX;
        }
    }

    /** The folders of the user running this JVM. */
    public static UserDirs forCurrentUser() {
        return resolve(Os.fromOsName(System.getProperty("os.name")), System.getenv(),
                System.getProperty("user.home"));
    }

    /**
     * @param env      the environment ({@link System#getenv()} in production)
     * @param userHome the home folder ({@code user.home}), used where the environment says nothing
     */
    public static UserDirs resolve(Os os, Map<String, String> env, String userHome) {
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(userHome, "userHome");
        String sep = os == Os.WINDOWS ? "\\" : "/";
        String portable = nonBlank(env.get(HOME_VARIABLE));
        if (portable != null) {
            return of(join(sep, portable, "config"), join(sep, portable, "data"), join(sep, portable, "logs"));
        }
        switch (os) {
            case WINDOWS: {
                String roaming = or(nonBlank(env.get("APPDATA")), join(sep, userHome, "AppData", "Roaming"));
                String local = or(nonBlank(env.get("LOCALAPPDATA")), join(sep, userHome, "AppData", "Local"));
                return of(join(sep, roaming, "Hedgeflow"), join(sep, local, "Hedgeflow"),
                        join(sep, local, "Hedgeflow", "Logs"));
            }
            case MACOS: {
                String support = join(sep, userHome, "Library", "Application Support", "Hedgeflow");
                return of(support, support, join(sep, userHome, "Library", "Logs", "Hedgeflow"));
            }
            default:
                return of(join(sep, xdg(env, "XDG_CONFIG_HOME", userHome, ".config"), "hedgeflow"),
                        join(sep, xdg(env, "XDG_DATA_HOME", userHome, ".local/share"), "hedgeflow"),
                        join(sep, xdg(env, "XDG_STATE_HOME", userHome, ".local/state"), "hedgeflow"));
        }
    }

    /** The current log file; the logging configuration writes to {@value #LOG_FILE_NAME} in {@link #logs()}. */
    public Path logFile() {
        return logs.resolve(LOG_FILE_NAME);
    }

    /** Creates the folders that are missing (a first run); existing ones and their contents are left as they are. */
    public UserDirs createMissing() {
        for (Path dir : new Path[] {config, data, logs}) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + dir + " (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + ")", e);
            }
        }
        return this;
    }

    /** XDG: a variable that is unset, empty or not an absolute path is ignored and the default used. */
    private static String xdg(Map<String, String> env, String variable, String userHome, String defaultUnderHome) {
        String value = nonBlank(env.get(variable));
        return value != null && value.startsWith("/") ? value : join("/", userHome, defaultUnderHome);
    }

    private static UserDirs of(String config, String data, String logs) {
        return new UserDirs(Path.of(config), Path.of(data), Path.of(logs));
    }

    /** Joins with the target platform's separator, so a Windows layout can be worked out on Linux and back. */
    private static String join(String sep, String first, String... more) {
        StringBuilder path = new StringBuilder(first);
        for (String part : more) {
            if (path.length() == 0 || !path.toString().endsWith(sep)) {
                path.append(sep);
            }
            path.append(part);
        }
        return path.toString();
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
