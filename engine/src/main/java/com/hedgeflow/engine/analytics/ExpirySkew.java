package com.hedgeflow.engine.analytics;

import com.hedgeflow.engine.vol.SmileMetrics;
import com.hedgeflow.engine.vol.SviFit;
import java.time.Instant;

/**
 * The smile of one expiry as the desk reads it.
 *
 * @param forward  the venue's underlying price for this expiry (median over its quotes)
 * @param metrics  ATM vol, 25-delta risk reversal and butterfly; {@code null} when the quotes cannot give them,
 *                 and {@code problem} then says why
 * @param fit      the raw-SVI fit with its RMSE and flags; {@code null} with fewer than five quotes
 */
public record ExpirySkew(Instant expiry, double years, double forward, int quotes, SmileMetrics metrics,
                         SviFit fit, String problem) {
}
