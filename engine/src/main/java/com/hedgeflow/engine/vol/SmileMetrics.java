package com.hedgeflow.engine.vol;

import com.hedgeflow.engine.market.OptionType;

/**
 * Skew numbers of one expiry (analytics.md §3.8). Every vol is decimal (0.02 = 2 vol points).
 *
 * @param years        time to expiry, ACT/365 years
 * @param forward      the forward the smile is quoted on
 * @param source       whether vols were read from interpolated quotes or from an SVI fit
 * @param convention   the delta that picked the wing strikes
 * @param atmVol       implied vol at the forward (k = 0), decimal
 * @param call         the wing call strike (e.g. the 25Δ call) and its vol
 * @param put          the wing put strike (e.g. the 25Δ put) and its vol
 * @param riskReversal {@code σ(call) − σ(put)}, decimal vol; negative when puts are bid over calls
 * @param butterfly    {@code (σ(call) + σ(put))/2 − σ(ATM)}, the smile ("simple") fly, decimal vol
 */
public record SmileMetrics(double years, double forward, SmileSource source, DeltaConvention convention,
                           double atmVol, DeltaStrike call, DeltaStrike put, double riskReversal, double butterfly) {

    public static final double WING_DELTA_25 = 0.25;

    /** ATM vol and the 25-delta risk reversal and butterfly. */
    public static SmileMetrics of(SmileCurve smile, DeltaConvention convention) {
        return of(smile, convention, WING_DELTA_25);
    }

    /**
     * ATM vol, risk reversal and butterfly at any wing delta (0.10 for the 10Δ pair).
     *
     * @throws SmileRangeException when the forward or a wing strike lies outside the smile's range
     */
    public static SmileMetrics of(SmileCurve smile, DeltaConvention convention, double wingDelta) {
        if (!smile.covers(0.0)) {
            throw new SmileRangeException(String.format(
                    "the forward %.6g is outside the smile's strikes [%.6g, %.6g]: no ATM vol without extrapolating",
                    smile.forward(), smile.forward() * Math.exp(smile.minLogMoneyness()),
                    smile.forward() * Math.exp(smile.maxLogMoneyness())));
        }
        double atm = smile.vol(0.0);
        DeltaStrike call = DeltaStrikeSolver.solve(smile, OptionType.CALL, wingDelta, convention);
        DeltaStrike put = DeltaStrikeSolver.solve(smile, OptionType.PUT, wingDelta, convention);
        return new SmileMetrics(smile.years(), smile.forward(), smile.source(), convention, atm, call, put,
                call.vol() - put.vol(), 0.5 * (call.vol() + put.vol()) - atm);
    }

    /** The wing delta size these metrics were taken at (0.25 for RR25/BF25). */
    public double wingDelta() {
        return call.delta();
    }

    public double riskReversalVolPoints() {
        return 100 * riskReversal;
    }

    public double butterflyVolPoints() {
        return 100 * butterfly;
    }

    public double atmTotalVariance() {
        return atmVol * atmVol * years;
    }
}
