package com.hedgeflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped logback.xml (tests themselves run on logback-test.xml): a file in the log folder, stdout clean. */
class LoggingConfigTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    /** Configures a logging context of its own from logback.xml, logs one line and stops it. */
    private void logOneLine(Path logDir) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            context.putProperty(Main.LOG_DIR_PROPERTY, logDir.toString());
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(Main.class.getResource("/logback.xml"));
            context.getLogger("com.hedgeflow.app.Probe").info("the book is flat");
        } finally {
            context.stop();
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void logsGoToStderrAndToTheFileInTheFolderMainNamesAndNeverToStdout(@TempDir Path logs) throws Exception {
        logOneLine(logs);

        String written = Files.readString(logs.resolve("hedgeflow.log"));
        assertTrue(written.contains("INFO  Probe - the book is flat"), written);
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("INFO  Probe - the book is flat"), stderr::toString);
        assertEquals("", stdout.toString(StandardCharsets.UTF_8), "stdout is for JSON only");
    }

    @Test
    void aLogFolderThatCannotBeWrittenIsReportedOnStderrAndTheLineStillReachesStderr(@TempDir Path tmp)
            throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("a-file"), "");

        logOneLine(notAFolder.resolve("logs"));

        String err = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("hedgeflow: logging: "), err);
        assertTrue(err.contains("INFO  Probe - the book is flat"), err);
        assertEquals("", stdout.toString(StandardCharsets.UTF_8), "stdout is for JSON only");
    }
}
