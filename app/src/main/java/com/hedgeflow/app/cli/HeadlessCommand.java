package com.hedgeflow.app.cli;

import com.hedgeflow.app.headless.HeadlessRunner;
import com.hedgeflow.app.wiring.Workstation;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "headless", mixinStandardHelpOptions = true,
        description = "Connectors and engine with no window: one JSON risk snapshot per underlying per second on "
                + "stdout; logs on stderr.")
final class HeadlessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VenueOptions venue;

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Stop after this long, e.g. 10s, 5m (default: run until interrupted).")
    Duration duration;

    @Override
    public Integer call() throws Exception {
        try (Workstation workstation = Workstation.start(venue.toOptions(), System.getenv())) {
            Thread main = Thread.currentThread();
            Thread stopper = new Thread(main::interrupt, "hedgeflow-shutdown");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                new HeadlessRunner(workstation.engine(), workstation.hedger()::status, spec.commandLine().getOut(),
                        Clock.systemUTC()).run(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                removeHook(stopper);
            }
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping (Ctrl-C); the hook has done its job.
        }
    }
}
