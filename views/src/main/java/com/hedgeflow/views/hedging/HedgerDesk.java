package com.hedgeflow.views.hedging;

import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.IntentResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the hedging screens need from the running hedger. Views may not reach into the app, so the app implements
 * this over its hedger service and audit log; tests hand in a fake.
 *
 * <p>Intents return futures because they run on the engine thread: the FX thread never waits for them.
 */
public interface HedgerDesk {

    /** The newest hedger state, cheap to call once per pulse; {@code null} until the hedger has started. */
    HedgerStatus status();

    CompletableFuture<IntentResult> setMode(HedgeMode mode);

    /** @param confirmSoftBlocks the person saw the soft blocks and approves anyway (hard blocks still stop it) */
    CompletableFuture<IntentResult> approve(String proposalId, boolean confirmSoftBlocks);

    CompletableFuture<IntentResult> reject(String proposalId);

    CompletableFuture<IntentResult> engageKillSwitch(String reason);

    CompletableFuture<IntentResult> resume();

    /**
     * The newest {@code limit} audit lines, newest first, filtered by {@code search} when it is not blank. May touch
     * a database: views call it off the FX thread.
     */
    List<AuditEntry> audit(String search, int limit);
}
