package com.hedgeflow.engine.risk;

import com.hedgeflow.engine.market.InstrumentKind;
import java.time.Instant;

/**
 * One line of the book with its delta.
 *
 * @param size       venue units, signed (USD for inverse perpetuals and futures, coin otherwise)
 * @param markPrice  the venue's mark, in the instrument's price unit (coin for inverse options)
 * @param markIv     decimal, {@code NaN} for non-options
 * @param unitDelta  delta in coin of one unit of size: premium-adjusted for inverse options, {@code 1/S}
 *                   for inverse perpetuals (one USD of size)
 * @param deltaCoin  {@code size * unitDelta}; {@code NaN} while a price it needs is missing
 * @param sizeUnit   what {@code size} counts: {@code USD} or the coin; empty for an unknown instrument
 * @param expiry     {@code null} for perpetuals and unknown instruments
 * @param greeks     the position's gamma, vega and theta in USD; {@link BookGreeks#NONE} when unpriced
 */
public record PositionRisk(
        String venue,
        String instrument,
        String underlying,
        InstrumentKind kind,
        double size,
        double markPrice,
        double markIv,
        double unitDelta,
        double deltaCoin,
        double deltaUsd,
        String sizeUnit,
        Instant expiry,
        BookGreeks greeks) {

    public boolean priced() {
        return Double.isFinite(deltaCoin);
    }
}
