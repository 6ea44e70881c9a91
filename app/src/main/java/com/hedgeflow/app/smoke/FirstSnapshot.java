package com.hedgeflow.app.smoke;

import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.runtime.Engine;
import java.util.concurrent.CompletableFuture;

/** The engine's first snapshot that knows at least one underlying: the sign that data has arrived. */
public final class FirstSnapshot {
    private FirstSnapshot() {
    }

    /** Completes on the engine thread (or at once when that snapshot is already out). */
    public static CompletableFuture<RiskSnapshot> of(Engine engine) {
        CompletableFuture<RiskSnapshot> first = new CompletableFuture<>();
        engine.addListener(snapshot -> {
            if (!first.isDone() && !snapshot.underlyings().isEmpty()) {
                first.complete(snapshot);
            }
        });
        RiskSnapshot latest = engine.latest();
        if (!latest.underlyings().isEmpty()) {
            first.complete(latest);
        }
        return first;
    }
}
