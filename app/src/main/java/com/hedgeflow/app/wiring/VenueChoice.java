package com.hedgeflow.app.wiring;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The venue sets a user can pick on the command line. */
public enum VenueChoice {
    SIM("sim"),
    DERIBIT("deribit"),
    DERIBIT_TESTNET("deribit-testnet"),
    BINANCE("binance"),
    BINANCE_TESTNET("binance-testnet");

    private final String label;

    VenueChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static VenueChoice parse(String text) {
        for (VenueChoice v : values()) {
            if (v.label.equalsIgnoreCase(text)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown venue '" + text + "'; expected one of "
                + Arrays.stream(values()).map(VenueChoice::label).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
