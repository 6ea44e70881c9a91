package com.hedgeflow.views.flow;

/** What the hedge is counted in: the coin that gets traded, or its USD notional at the moved index. */
public enum FlowUnit {
    COIN, USD
}
