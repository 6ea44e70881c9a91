package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.orders.checks.CheckReport;

/** A proposal waiting for a person, with the checks as they stood when it was made (they run again at the click). */
public record PendingProposal(HedgeProposal proposal, CheckReport checks) {
}
