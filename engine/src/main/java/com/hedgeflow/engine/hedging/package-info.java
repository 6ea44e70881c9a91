/**
 * The hedger (DESIGN.md §5): policies, proposals, modes and approvals.
 *
 * <p>Flow, all on the engine thread: {@code RiskSnapshot} → {@link com.hedgeflow.engine.hedging.HedgePolicy}
 * (fixed band, Whalley–Wilmott, Zakamouline, time-based, hybrid) → {@link com.hedgeflow.engine.hedging.HedgeDecision}
 * → {@link com.hedgeflow.engine.hedging.VenueSelector} / {@link com.hedgeflow.engine.hedging.ProposalBuilder}
 * → {@link com.hedgeflow.engine.hedging.HedgeProposal} → pre-trade checks → order desk → gateway.
 * {@link com.hedgeflow.engine.hedging.HedgeController} ties it together and owns the mode, the queue and the kill
 * switch.
 *
 * <p>What the app supplies:
 * <ul>
 *   <li>a {@link com.hedgeflow.engine.hedging.MarketLookup} — {@code MarketLookup.of(bookState)} on the engine
 *       thread;</li>
 *   <li>an {@link com.hedgeflow.engine.orders.OrderGateway} over the connectors, delivering every venue outcome back
 *       through {@code HedgeController.onOrderEvent} on the engine thread;</li>
 *   <li>an {@link com.hedgeflow.engine.orders.OrderJournal} (SQLite, WAL, synchronous) and an
 *       {@link com.hedgeflow.engine.hedging.AuditSink};</li>
 *   <li>{@code onVenueReconciled} after each connect/start once positions and open orders match the venue, and
 *       positions that refresh after fills (the hedger waits for them before hedging again);</li>
 *   <li>people's intents from the screens: {@code setMode}, {@code approve}, {@code modify}, {@code reject},
 *       {@code retry}, {@code abandon}, {@code engageKillSwitch}, {@code resumeAfterKill}, {@code setPolicy};
 *       {@code status()} is the immutable view to render.</li>
 * </ul>
 */
package com.hedgeflow.engine.hedging;
