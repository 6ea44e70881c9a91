package com.hedgeflow.engine.orders.checks;

import java.time.Instant;

/** The mark an order is collared around, and when the venue published it. */
public record ReferencePrice(double mark, Instant at) {
}
