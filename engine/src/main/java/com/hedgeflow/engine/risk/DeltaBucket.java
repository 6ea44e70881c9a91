package com.hedgeflow.engine.risk;

import com.hedgeflow.engine.market.InstrumentKind;
import java.time.Instant;

/**
 * Net delta of the positions sharing an underlying, venue, expiry and instrument kind: where in the book the
 * delta sits. Unpriced positions are left out.
 *
 * @param expiry {@code null} for perpetuals
 */
public record DeltaBucket(String underlying, String venue, InstrumentKind kind, Instant expiry, double deltaCoin,
                          double deltaUsd) {
}
