package com.hedgeflow.engine.risk;

/**
 * Net delta of every position on one underlying, across venues.
 *
 * @param indexPrice    the spot index in USD used to convert coin delta to USD
 * @param netDeltaUsd   {@code netDeltaCoin * indexPrice}: the USD value of the coin exposure
 * @param unpricedCount positions left out of the sums because a price or vol they need is missing
 * @param greeks        the book's gamma, vega and theta on this underlying, in USD
 */
public record UnderlyingRisk(
        String underlying,
        double indexPrice,
        double netDeltaCoin,
        double netDeltaUsd,
        double optionsDeltaCoin,
        double futuresDeltaCoin,
        int positionCount,
        int unpricedCount,
        BookGreeks greeks) {
}
