package com.hedgeflow.engine.exposure;

/**
 * One re-risk of a chain at its index price: per-option greeks, market and own totals, GEX per strike and the
 * gamma walls. The totals and strikes cover the {@code expiries} chosen; {@code greeks} covers every option.
 *
 * @param spotUsd     index price the figures were taken at
 * @param positioning the dealer-positioning assumption behind every market figure (show it with them)
 */
public record ExposureReport(String underlying, double spotUsd, DealerPositioning positioning,
                             ExpiryFilter expiries, ChainGreeks greeks, ExposureTotals market, ExposureTotals own,
                             StrikeGex strikes, GammaWalls walls) {
}
