package com.hedgeflow.engine.market;

/** Instruments are unique per venue, not globally: two venues may both list {@code BTC-PERPETUAL}. */
public record InstrumentKey(String venue, String name) {
    @Override
    public String toString() {
        return venue + ":" + name;
    }
}
