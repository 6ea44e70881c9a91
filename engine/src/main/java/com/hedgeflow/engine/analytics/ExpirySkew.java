package com.hedgeflow.engine.analytics;

import com.hedgeflow.engine.vol.SmileMetrics;
import com.hedgeflow.engine.vol.SmilePoint;
import com.hedgeflow.engine.vol.SviFit;
import java.time.Instant;
import java.util.List;

/**
 * The smile of one expiry as the desk reads it.
 *
 * @param forward  the venue's underlying price for this expiry (median over its quotes)
 * @param points   the market's mark IVs the smile was read from, one per strike (out-of-the-money side)
 * @param metrics  ATM vol, 25-delta risk reversal and butterfly; {@code null} when the quotes cannot give them,
 *                 and {@code problem} then says why
 * @param fit      the raw-SVI fit with its RMSE and flags; {@code null} with fewer than five quotes
 */
public record ExpirySkew(Instant expiry, double years, double forward, List<SmilePoint> points,
                         SmileMetrics metrics, SviFit fit, String problem) {
    public ExpirySkew {
        points = List.copyOf(points);
    }

    /** How many strikes were quoted. */
    public int quotes() {
        return points.size();
    }
}
