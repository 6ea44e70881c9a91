package com.hedgeflow.engine.exposure;

import com.hedgeflow.engine.market.OptionType;

/**
 * Who is assumed to hold the market's open interest on the dealer side (analytics.md §3.2). Open interest says
 * how many contracts exist, not who is long, so market gamma figures rest on this assumption; every screen that
 * shows them must show {@link #label()} too. The own book never uses it: it has real signed sizes.
 */
public enum DealerPositioning {
    /** Convention A, the usual default: customers sell calls and buy puts. */
    DEALERS_LONG_CALLS_SHORT_PUTS(1, -1, "dealers long calls, short puts"),
    /** Convention B: customers buy calls (upside chasing) and sell puts (yield selling). */
    DEALERS_SHORT_CALLS_LONG_PUTS(-1, 1, "dealers short calls, long puts"),
    /** Dealers hold every contract long (customers are net option sellers). */
    DEALERS_LONG_ALL(1, 1, "dealers long calls and puts"),
    /** Convention C: dealers short every contract (customers are net option buyers). */
    DEALERS_SHORT_ALL(-1, -1, "dealers short calls and puts");

    public static final DealerPositioning DEFAULT = DEALERS_LONG_CALLS_SHORT_PUTS;

    private final double callSign;
    private final double putSign;
    private final String label;

    DealerPositioning(double callSign, double putSign, String label) {
        this.callSign = callSign;
        this.putSign = putSign;
        this.label = label;
    }

    /** +1 when dealers are assumed long this option type, -1 when short. */
    public double sign(OptionType type) {
        return type == OptionType.CALL ? callSign : putSign;
    }

    /** The same as {@link #sign(OptionType)} for the chain's primitive call flag. */
    public double sign(boolean call) {
        return call ? callSign : putSign;
    }

    /** Words for a chart legend, e.g. "dealers long calls, short puts". */
    public String label() {
        return label;
    }
}
