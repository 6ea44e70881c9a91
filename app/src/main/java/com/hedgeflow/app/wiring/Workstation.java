package com.hedgeflow.app.wiring;

import com.hedgeflow.app.hedging.HedgerService;
import com.hedgeflow.app.hedging.Hedging;
import com.hedgeflow.app.journal.SqliteAuditLog;
import com.hedgeflow.connectors.common.ApiCredentials;
import com.hedgeflow.connectors.deribit.DeribitConnector;
import com.hedgeflow.connectors.deribit.DeribitSettings;
import com.hedgeflow.engine.runtime.Engine;
import com.hedgeflow.simulator.SimulatedVenue;
import com.hedgeflow.simulator.SimulatorConfig;
import java.net.URI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running system without a window: the engine, the embedded simulator when it is the venue, and one
 * connector per venue feeding the engine. The GUI and headless mode both start one of these.
 */
public final class Workstation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);
    public static final String SIMULATOR_VENUE = "simulator";

    private final Engine engine;
    private final SimulatedVenue simulator;
    private final List<DeribitConnector> connectors;
    private final Hedging hedging;

    private Workstation(Engine engine, SimulatedVenue simulator, List<DeribitConnector> connectors, Hedging hedging) {
        this.engine = engine;
        this.simulator = simulator;
        this.connectors = connectors;
        this.hedging = hedging;
    }

    /**
     * Starts everything, or nothing: if a part fails to start, what was started is stopped again.
     *
     * @param env where credentials come from ({@link System#getenv()} in production)
     */
    public static Workstation start(WorkstationOptions options, Map<String, String> env) throws Exception {
        Engine engine = Engine.standard(options.analytics());
        SimulatedVenue simulator = null;
        List<DeribitConnector> connectors = new ArrayList<>();
        Map<String, DeribitConnector> trading = new LinkedHashMap<>();
        Hedging hedging = null;
        try {
            engine.start();
            if (options.deribitUrl() != null) {
                add(trading, connectors, deribit("deribit", options.deribitUrl(), Credentials.deribit(env), engine));
            } else {
                for (VenueChoice venue : options.venues()) {
                    switch (venue) {
                        case SIM -> {
                            simulator = SimulatedVenue.start(SimulatorConfig.builder().port(0).seed(options.seed()).build());
                            add(trading, connectors, deribit(SIMULATOR_VENUE, simulator.deribitWebSocketUri(),
                                    new ApiCredentials(simulator.clientId(), simulator.clientSecret()), engine));
                        }
                        case DERIBIT -> add(trading, connectors, deribit("deribit", DeribitSettings.MAINNET,
                                Credentials.deribit(env), engine));
                        case DERIBIT_TESTNET -> add(trading, connectors, deribit("deribit-testnet",
                                DeribitSettings.TESTNET, Credentials.deribit(env), engine));
                        case BINANCE, BINANCE_TESTNET -> throw new UnsupportedVenueException(
                                "the Binance USD-M connector is not built yet; use --venue sim, deribit or deribit-testnet");
                    }
                }
            }
            hedging = Hedging.start(engine, trading, journalFile(options), options.mode(), Clock.systemUTC());
            connectors.forEach(DeribitConnector::start);
            return new Workstation(engine, simulator, connectors, hedging);
        } catch (Exception | Error e) {
            connectors.forEach(DeribitConnector::close);
            engine.close();
            if (hedging != null) {
                hedging.close();
            }
            if (simulator != null) {
                simulator.close();
            }
            throw e;
        }
    }

    /** Only a venue we are logged in to can take orders; the others feed market data. */
    private static void add(Map<String, DeribitConnector> trading, List<DeribitConnector> all, DeribitConnector c) {
        all.add(c);
        if (c.authenticated()) {
            trading.put(c.venue(), c);
        }
    }

    /**
     * The embedded simulator is a new, empty venue on every start, so its orders get a journal of their own,
     * begun afresh each time: the venue that knew the previous run's orders is gone with it, so recovering them
     * could only leave orders in doubt forever. A real venue's journal is never touched here.
     */
    private static Path journalFile(WorkstationOptions options) throws IOException {
        Path data = UserDirs.forCurrentUser().createMissing().data();
        boolean simulatorOnly = options.deribitUrl() == null && options.venues().equals(List.of(VenueChoice.SIM));
        if (!simulatorOnly) {
            return data.resolve("journal.db");
        }
        Path file = data.resolve("journal-simulator.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        return file;
    }

    private static DeribitConnector deribit(String venue, URI endpoint, ApiCredentials credentials, Engine engine) {
        LOG.info("{}: {} ({})", venue, endpoint, credentials == null ? "no credentials: market data only" : "authenticated");
        return new DeribitConnector(DeribitSettings.of(venue, endpoint, credentials), engine, Clock.systemUTC());
    }

    public Engine engine() {
        return engine;
    }

    public HedgerService hedger() {
        return hedging.service();
    }

    /** The audit log, for the blotter's search. */
    public SqliteAuditLog auditLog() {
        return hedging.journal().audit();
    }

    /** Inflow first, then the engine thread, then what it writes to: no task may outlive the journal. */
    @Override
    public void close() {
        connectors.forEach(DeribitConnector::close);
        engine.close();
        hedging.close();
        if (simulator != null) {
            simulator.close();
        }
    }
}
