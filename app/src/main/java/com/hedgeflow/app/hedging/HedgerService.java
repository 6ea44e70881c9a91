package com.hedgeflow.app.hedging;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.hedging.AuditSink;
import com.hedgeflow.engine.hedging.HedgeController;
import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.IntentResult;
import com.hedgeflow.engine.hedging.MarketLookup;
import com.hedgeflow.engine.hedging.UnderlyingSetup;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderGateway;
import com.hedgeflow.engine.orders.OrderJournal;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.runtime.Engine;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The hedger plugged into the running engine. The controller lives on the engine thread: it sees every
 * snapshot there, and people's intents and the venues' order outcomes are queued onto that thread, so nothing
 * about orders is ever touched from two threads. Screens and headless mode read {@link #status()}.
 */
public final class HedgerService {
    private final Engine engine;
    private final AtomicReference<HedgerStatus> status = new AtomicReference<>();
    private final Map<String, FeedState> lastState = new HashMap<>();
    private HedgeController controller; // engine thread only

    private HedgerService(Engine engine) {
        this.engine = engine;
    }

    /**
     * Recovers from the journal (unsent intents cancelled, orders that were out queried) and starts in OFF, or in
     * {@code mode} when the command line asked for it.
     */
    public static HedgerService start(Engine engine, Clock clock, OrderGateway gateway, OrderJournal journal,
                                      AuditSink audit, List<UnderlyingSetup> setups, HedgeMode mode) {
        HedgerService service = new HedgerService(engine);
        engine.withBook(book -> {
            service.controller = new HedgeController(clock, MarketLookup.of(book), gateway, journal, audit, setups);
            if (mode != HedgeMode.OFF) {
                service.controller.setMode(mode, "command line");
            }
            service.status.set(service.controller.status());
        });
        engine.addListener(service::onSnapshot);
        return service;
    }

    /** Engine thread: reconcile what reconnected, then let the hedger decide. */
    private void onSnapshot(RiskSnapshot snapshot) {
        if (controller == null) {
            return;
        }
        for (FeedStatus feed : snapshot.feeds()) {
            // The connector reloads positions before it reports CONNECTED, so becoming CONNECTED (at start or
            // after a reconnect) is the moment the venue is reconciled.
            FeedState before = lastState.put(feed.venue(), feed.state());
            if (feed.state() == FeedState.CONNECTED && before != FeedState.CONNECTED) {
                controller.onVenueReconciled(feed.venue(), feed.since());
            }
        }
        controller.onSnapshot(snapshot);
        status.set(controller.status());
    }

    /** Where the order gateway delivers venue outcomes, from any thread. */
    public void onOrderEvent(OrderEvent event) {
        engine.execute(() -> {
            controller.onOrderEvent(event);
            status.set(controller.status());
        });
    }

    /** Runs a person's intent on the engine thread; the future completes with what the hedger made of it. */
    public CompletableFuture<IntentResult> intent(Function<HedgeController, IntentResult> action) {
        CompletableFuture<IntentResult> result = new CompletableFuture<>();
        engine.execute(() -> {
            try {
                result.complete(action.apply(controller));
                status.set(controller.status());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** The newest hedger state; {@code null} until the controller has started on the engine thread. */
    public HedgerStatus status() {
        return status.get();
    }
}
