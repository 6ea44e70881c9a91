package com.hedgeflow.engine.vol;

/**
 * ATM vol read off a term structure at any maturity.
 *
 * @param years          the maturity asked for, ACT/365 years
 * @param vol            ATM implied vol, decimal
 * @param totalVariance  σ²·T at that maturity
 * @param extrapolated   true outside the listed expiries, where the vol is the nearest expiry's held flat
 */
public record AtmVol(double years, double vol, double totalVariance, boolean extrapolated) {
}
