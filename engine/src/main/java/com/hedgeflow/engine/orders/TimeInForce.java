package com.hedgeflow.engine.orders;

/**
 * Hedges are marketable limits that fill now or not at all: a resting hedge would be a stale order the moment
 * the market moves, and a naked market order has no price cap (risk-controls.md PT-03).
 */
public enum TimeInForce {
    IMMEDIATE_OR_CANCEL
}
