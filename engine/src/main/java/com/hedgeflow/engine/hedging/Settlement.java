package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.market.InstrumentKey;
import java.time.Instant;

/**
 * A sent hedge whose fills have not yet shown up in the positions. Until they do, the snapshot's delta is the
 * delta before the hedge, and hedging again on it would double the trade; so the underlying waits.
 */
final class Settlement {
    final String clientOrderId;
    final InstrumentKey instrument;
    final double positionBefore;
    Instant endedAt;
    boolean timedOut;

    Settlement(String clientOrderId, InstrumentKey instrument, double positionBefore) {
        this.clientOrderId = clientOrderId;
        this.instrument = instrument;
        this.positionBefore = positionBefore;
    }
}
