package com.hedgeflow.app;

import com.hedgeflow.app.cli.HedgeflowCommand;
import com.hedgeflow.app.wiring.UserDirs;
import java.io.UncheckedIOException;

/**
 * Entry point of {@code ./hedgeflow} and of the installed launcher. It does not extend {@code Application}, so
 * JavaFX is loaded only by the commands that open a window, and headless runs never touch it.
 */
public final class Main {
    /** The folder the logging configuration writes {@code hedgeflow.log} to (see logback.xml). */
    public static final String LOG_DIR_PROPERTY = "hedgeflow.log.dir";

    private Main() {
    }

    public static void main(String[] args) {
        // Before anything logs: the file appender reads the folder when logging starts.
        prepareUserDirs();
        System.exit(HedgeflowCommand.commandLine().execute(args));
    }

    /** Creates the user's folders on a first run and points the log file into them. Never fatal. */
    static void prepareUserDirs() {
        try {
            UserDirs dirs = UserDirs.forCurrentUser().createMissing();
            if (System.getProperty(LOG_DIR_PROPERTY) == null) { // -Dhedgeflow.log.dir=… from the caller wins
                System.setProperty(LOG_DIR_PROPERTY, dirs.logs().toString());
            }
        } catch (UncheckedIOException e) {
            // A read-only or odd home must not stop a trader from seeing the book: log to the temp folder.
            System.err.println("hedgeflow: " + e.getMessage() + "; the log file goes to "
                    + System.getProperty(LOG_DIR_PROPERTY, System.getProperty("java.io.tmpdir")));
        }
    }
}
