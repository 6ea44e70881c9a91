package com.hedgeflow.engine.hedging;

/**
 * A rule that turns the book's delta into a hedge or no hedge. Policies are immutable parameter records,
 * validated on construction, and pure: the same inputs always give the same decision.
 */
public sealed interface HedgePolicy
        permits FixedBandPolicy, WhalleyWilmottPolicy, ZakamoulinePolicy, TimeBasedPolicy, HybridPolicy {

    HedgeDecision decide(HedgeInputs inputs);

    /**
     * The delta the desk asks this policy to run, in coin at this index, before any cost adjustment (Zakamouline
     * centres its band elsewhere as the book's gamma dictates; its decisions say where).
     */
    double nominalTargetCoin(double spot);

    /** Short name for screens and the audit log, e.g. {@code fixed band}. */
    String name();
}
