package com.hedgeflow.app.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.orders.OrderEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: a child JVM appends to a journal and is killed with SIGKILL at a random moment; every event it
 * reported as appended must be there after reopening, in order and whole, and the file must pass SQLite's
 * integrity check. What was appended but not yet reported may or may not be there — at most that one event.
 */
class JournalCrashTest {
    private static final int RUNS = 4;

    @TempDir
    Path dir;

    @Test
    void everyAppendReportedBeforeAKillMinus9SurvivesIt() throws Exception {
        Random random = new Random();
        StringBuilder summary = new StringBuilder();
        for (int run = 0; run < RUNS; run++) {
            Path file = dir.resolve("crash-" + run + ".db");
            long lastReported = crashOnce(file, 30 + random.nextInt(400), dir, run);
            try (JournalDatabase db = JournalDatabase.open(file)) {
                List<OrderEvent> events = db.orders().readAll();
                assertTrue(events.size() >= lastReported + 1, "lost reported appends: reported up to "
                        + lastReported + ", found " + events.size() + " events");
                assertTrue(events.size() <= lastReported + 2, "more events than the child could have appended");
                for (int n = 0; n < events.size(); n++) {
                    assertEquals(CrashChild.event(n), events.get(n), "event " + n);
                }
                assertEquals("ok", db.pragma("integrity_check"));
                summary.append(" run ").append(run).append(": reported ").append(lastReported + 1).append(", found ")
                        .append(events.size()).append(';');
            }
        }
        System.out.println("crash test:" + summary);
    }

    /**
     * Starts the child, lets it append for about {@code millis} after its first append, kills it, and returns the
     * last number it reported. Its stdout goes to a file rather than a pipe: killing a process closes our end of
     * its pipe and would lose lines already written, while a file keeps every completed write.
     */
    private static long crashOnce(Path file, int millis, Path dir, int run) throws Exception {
        Path stdout = dir.resolve("child-" + run + ".out");
        Path stderr = dir.resolve("child-" + run + ".err");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), file.toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (reported(stdout).isEmpty()) {
                assertTrue(child.isAlive() && System.nanoTime() < deadline,
                        () -> "the child never appended: " + readQuietly(stderr));
                Thread.sleep(5);
            }
            Thread.sleep(millis);
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close(), possibly mid-commit
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child did not die");
        }
        List<Long> numbers = reported(stdout);
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i, numbers.get(i), "the child reports 0, 1, 2, ... in order");
        }
        return numbers.get(numbers.size() - 1);
    }

    /** The numbers on complete lines (a line cut by the kill has no newline yet and does not count). */
    private static List<Long> reported(Path stdout) throws IOException {
        if (!Files.exists(stdout)) {
            return List.of();
        }
        String text = Files.readString(stdout, StandardCharsets.UTF_8);
        List<Long> out = new ArrayList<>();
        for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
            if (!line.isEmpty() && !line.startsWith("epoch ")) {
                out.add(Long.parseLong(line.trim()));
            }
        }
        return out;
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }
}
