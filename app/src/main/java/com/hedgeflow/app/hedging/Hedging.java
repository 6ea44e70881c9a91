package com.hedgeflow.app.hedging;

import com.hedgeflow.app.journal.JournalDatabase;
import com.hedgeflow.connectors.deribit.DeribitConnector;
import com.hedgeflow.connectors.deribit.orders.DeribitOrderGateway;
import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.hedging.HedgeVenue;
import com.hedgeflow.engine.hedging.UnderlyingSetup;
import com.hedgeflow.engine.orders.OrderGateway;
import com.hedgeflow.engine.runtime.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hedger with its real parts: the SQLite journal and audit log in the user's data folder, an order gateway
 * per connected Deribit-protocol venue, and the desk's BTC set-up across those venues.
 */
public final class Hedging implements AutoCloseable {
    private final JournalDatabase journal;
    private final List<DeribitOrderGateway> gateways;
    private final HedgerService service;

    private Hedging(JournalDatabase journal, List<DeribitOrderGateway> gateways, HedgerService service) {
        this.journal = journal;
        this.gateways = gateways;
        this.service = service;
    }

    /** @param connectors venue id → its connector, whose logged-in session carries the orders */
    public static Hedging start(Engine engine, Map<String, DeribitConnector> connectors, Path journalFile,
                                HedgeMode mode, Clock clock) {
        JournalDatabase journal = JournalDatabase.open(journalFile);
        AtomicReference<HedgerService> hedger = new AtomicReference<>();
        Map<String, OrderGateway> byVenue = new LinkedHashMap<>();
        List<DeribitOrderGateway> gateways = new ArrayList<>();
        List<HedgeVenue> perpetuals = new ArrayList<>();
        for (Map.Entry<String, DeribitConnector> c : connectors.entrySet()) {
            // Outcomes arrive on the gateway's thread; the service queues them onto the engine thread.
            DeribitOrderGateway gateway = new DeribitOrderGateway(c.getKey(), "BTC", c.getValue()::privateCall,
                    event -> hedger.get().onOrderEvent(event), clock, DeribitOrderGateway.DEFAULT_TIMEOUT);
            gateways.add(gateway);
            byVenue.put(c.getKey(), gateway);
            perpetuals.addAll(DeskDefaults.btcOn(c.getKey()).venues());
        }
        List<UnderlyingSetup> setups = new ArrayList<>();
        if (!connectors.isEmpty()) {
            UnderlyingSetup first = DeskDefaults.btcOn(connectors.keySet().iterator().next());
            setups.add(new UnderlyingSetup(first.underlying(), first.policy(), perpetuals,
                    DeskDefaults.limitsFor(perpetuals), first.auto(), first.execution()));
        }
        hedger.set(HedgerService.start(engine, clock, new VenueGateways(byVenue), journal.orders(), journal.audit(),
                setups, mode));
        return new Hedging(journal, gateways, hedger.get());
    }

    public HedgerService service() {
        return service;
    }

    public JournalDatabase journal() {
        return journal;
    }

    @Override
    public void close() {
        gateways.forEach(DeribitOrderGateway::close);
        journal.close();
    }
}
