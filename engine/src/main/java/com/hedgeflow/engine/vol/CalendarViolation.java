package com.hedgeflow.engine.vol;

/**
 * Two consecutive fitted expiries whose smiles cross: the later one has less total variance somewhere.
 *
 * @param earlierYears        the shorter expiry, ACT/365 years
 * @param laterYears          the longer expiry
 * @param fromLogMoneyness    first grid k where the later slice is below the earlier one
 * @param toLogMoneyness      last such grid k (the violation may not be one interval; this spans all of it)
 * @param worstLogMoneyness   k of the largest shortfall
 * @param worstShortfall      the largest {@code w_earlier(k) − w_later(k)} found, total variance (> 0)
 * @param gridPointsViolated  how many grid points showed the violation
 */
public record CalendarViolation(double earlierYears, double laterYears, double fromLogMoneyness,
                                double toLogMoneyness, double worstLogMoneyness, double worstShortfall,
                                int gridPointsViolated) {
}
