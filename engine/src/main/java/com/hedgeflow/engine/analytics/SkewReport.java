package com.hedgeflow.engine.analytics;

import com.hedgeflow.engine.vol.CalendarCheck;
import com.hedgeflow.engine.vol.TermStructure;
import java.util.List;

/**
 * Skew across the expiries of one underlying.
 *
 * @param termStructure ATM vols in time order, interpolated in total variance; {@code null} with no ATM vol
 * @param calendar      calendar-arbitrage check across consecutive SVI fits
 */
public record SkewReport(List<ExpirySkew> expiries, TermStructure termStructure, CalendarCheck calendar) {
    public SkewReport {
        expiries = List.copyOf(expiries);
    }

    public static final SkewReport EMPTY = new SkewReport(List.of(), null, null);
}
