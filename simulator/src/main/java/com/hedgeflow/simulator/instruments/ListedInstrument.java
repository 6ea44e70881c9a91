package com.hedgeflow.simulator.instruments;

import com.hedgeflow.engine.market.OptionType;
import java.time.Instant;
import java.util.Objects;

/**
 * The static contract terms of one listed instrument, as {@code public/get_instruments} reports them.
 *
 * @param optionType {@code null} for the perpetual
 * @param strike     USD; {@code NaN} for the perpetual
 * @param expiry     08:00 UTC on the expiry day; the perpetual carries Deribit's far-future expiry (1 January 3000)
 * @param settlementPeriod {@code week}, {@code month} or {@code perpetual}
 */
public record ListedInstrument(
        String name,
        long instrumentId,
        boolean perpetual,
        OptionType optionType,
        double strike,
        Instant expiry,
        Instant creation,
        String settlementPeriod,
        double contractSize,
        double minTradeAmount,
        double tickSize) {

    public ListedInstrument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(creation, "creation");
        Objects.requireNonNull(settlementPeriod, "settlementPeriod");
        if (!perpetual && (optionType == null || !(strike > 0))) {
            throw new IllegalArgumentException("an option needs a type and a positive strike: " + name);
        }
    }

    public boolean isOption() {
        return !perpetual;
    }

    /** Deribit's {@code kind}. */
    public String kind() {
        return perpetual ? "future" : "option";
    }
}
