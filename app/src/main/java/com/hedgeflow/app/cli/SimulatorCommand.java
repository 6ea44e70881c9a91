package com.hedgeflow.app.cli;

import com.hedgeflow.app.wiring.Credentials;
import com.hedgeflow.simulator.SimulatedVenue;
import com.hedgeflow.simulator.SimulatorConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulator", mixinStandardHelpOptions = true,
        description = "Run the simulated venue alone (Deribit JSON-RPC over WebSocket on 127.0.0.1) until "
                + "interrupted. Prints its endpoint and demo credentials as lines you can paste into a shell.")
final class SimulatorCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port on 127.0.0.1 (default: a free one).")
    int port;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        SimulatedVenue venue = SimulatedVenue.start(SimulatorConfig.builder().port(port).seed(seed).build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            venue.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        System.out.println("HEDGEFLOW_DERIBIT_URL=" + venue.deribitWebSocketUri());
        System.out.println(Credentials.DERIBIT_CLIENT_ID + "=" + venue.clientId());
        System.out.println(Credentials.DERIBIT_CLIENT_SECRET + "=" + venue.clientSecret());
        System.out.flush();
        System.err.println("simulator: running (seed " + seed + "); connect with "
                + "`./hedgeflow headless --deribit-url " + venue.deribitWebSocketUri() + "`; Ctrl-C stops it");
        stopped.await();
        return 0;
    }
}
