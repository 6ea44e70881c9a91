/**
 * Skew and the vol surface, per expiry and across expiries (DESIGN.md §3, analytics.md §3.8, §3.9, §3.11).
 *
 * <p>Inputs are {@link com.hedgeflow.engine.vol.Smile}s: one expiry's Black-76 implied vols on its forward.
 * From a smile:
 * <ul>
 *   <li>{@link com.hedgeflow.engine.vol.SviFitter} fits raw SVI and flags poor fits and butterfly arbitrage;</li>
 *   <li>{@link com.hedgeflow.engine.vol.SmileMetrics} gives ATM vol, the 25-delta risk reversal and butterfly,
 *       read either from the quotes ({@link com.hedgeflow.engine.vol.InterpolatedSmile}) or from the fit
 *       ({@link com.hedgeflow.engine.vol.SviFit#smile()}), under a stated
 *       {@link com.hedgeflow.engine.vol.DeltaConvention};</li>
 *   <li>{@link com.hedgeflow.engine.vol.TermStructure} interpolates ATM vol in maturity and
 *       {@link com.hedgeflow.engine.vol.CalendarCheck} tests consecutive fits for calendar arbitrage.</li>
 * </ul>
 *
 * <p>Units: log-moneyness k = ln(K/F); total variance w = σ²·T (dimensionless); maturities in ACT/365 years;
 * vols decimal, with {@code …VolPoints()} accessors where a number is usually read in vol points.
 * Everything here is a pure function of its inputs and immutable, except the fitter's private scratch state.
 */
package com.hedgeflow.engine.vol;
