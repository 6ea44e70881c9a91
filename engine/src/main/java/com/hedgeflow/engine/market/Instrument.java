package com.hedgeflow.engine.market;

import java.time.Instant;
import java.util.Objects;

/**
 * A tradable contract as the engine sees it, already mapped from the venue's own description.
 *
 * <p>Sizes follow the venue: for inverse perpetuals and futures a position's size is in USD (a multiple
 * of {@code contractSize}, 10 USD on Deribit BTC); for options and linear products it is in coin.
 *
 * @param venue        venue id, e.g. {@code deribit}
 * @param name         the venue's instrument name, e.g. {@code BTC-27DEC24-100000-C}
 * @param underlying   base coin, e.g. {@code BTC}
 * @param expiry       expiry instant; {@code null} for perpetuals
 * @param strike       option strike in USD; {@code NaN} for non-options
 * @param optionType   {@code null} for non-options
 * @param contractSize USD per contract (inverse futures) or coin per contract (options, linear)
 */
public record Instrument(
        String venue,
        String name,
        String underlying,
        InstrumentKind kind,
        Settlement settlement,
        Instant expiry,
        double strike,
        OptionType optionType,
        double contractSize,
        double tickSize,
        double minTradeAmount) {

    public Instrument {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(underlying, "underlying");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(settlement, "settlement");
        if (kind == InstrumentKind.OPTION) {
            if (optionType == null || expiry == null || !(strike > 0)) {
                throw new IllegalArgumentException(name + ": an option needs a type, an expiry and a positive strike");
            }
        }
        if (!(contractSize > 0)) {
            throw new IllegalArgumentException(name + ": contract size must be positive, got " + contractSize);
        }
    }

    public boolean isOption() {
        return kind == InstrumentKind.OPTION;
    }

    /** A unique key across venues. */
    public InstrumentKey key() {
        return new InstrumentKey(venue, name);
    }
}
