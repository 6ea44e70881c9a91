package com.hedgeflow.views.scenario;

import com.hedgeflow.engine.scenario.VolDynamics;
import com.hedgeflow.views.format.TraderFormat;

/** The assumptions behind the scenario matrix, in words for the screen: a P&L grid means nothing without them. */
final class ScenarioText {

    static final String METHOD = "Own book, USD, every option fully revalued (no greek expansion); perpetual and "
            + "futures hedges included; vol shifts are parallel, floored at 1 vol point";

    private ScenarioText() {
    }

    static String dynamics(VolDynamics dynamics) {
        switch (dynamics) {
            case STICKY_STRIKE:
                return "Vol dynamics: sticky strike \u2014 each option keeps its own strike's vol when the index moves";
            case STICKY_MONEYNESS:
                return "Vol dynamics: sticky moneyness \u2014 vols move with the forward: after a move of m, strike K "
                        + "takes today's vol of strike K/m";
            default:
                return "Vol dynamics: " + dynamics.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** {@code Rolled +1 day}, {@code Rolled +7 days}, {@code Rolled +0.5 day}. */
    static String rolled(double days) {
        String amount = TraderFormat.quantity(days, 0, 2);
        return "Rolled +" + amount + (Math.abs(days - 1) < 1e-9 || days < 1 ? " day" : " days");
    }

    /** What the rolled view holds fixed, so its time decay is not mistaken for carry. */
    static String rollNote(double days) {
        return "Every expiry " + TraderFormat.quantity(days, 0, 2) + (Math.abs(days - 1) < 1e-9 ? " day" : " days")
                + " closer; forwards held, no funding charged; expired options at intrinsic";
    }
}
