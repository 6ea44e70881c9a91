package com.hedgeflow.engine.market;

public enum InstrumentKind {
    OPTION,
    PERPETUAL,
    FUTURE,
    SPOT
}
