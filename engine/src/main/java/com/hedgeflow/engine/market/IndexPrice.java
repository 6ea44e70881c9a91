package com.hedgeflow.engine.market;

import java.time.Instant;

/** The venue's spot index for an underlying, in USD. */
public record IndexPrice(String venue, String underlying, double price, Instant timestamp) {
}
