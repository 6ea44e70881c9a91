package com.hedgeflow.engine.runtime;

import com.hedgeflow.engine.risk.RiskSnapshot;

/**
 * Receives every snapshot on the engine thread. Implementations must return at once: keep the newest
 * snapshot in an atomic reference and do the work elsewhere.
 */
@FunctionalInterface
public interface SnapshotListener {
    void onSnapshot(RiskSnapshot snapshot);
}
