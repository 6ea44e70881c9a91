package com.hedgeflow.engine.vol;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A raw SVI fit of one expiry, with how well it fits and what is wrong with it.
 *
 * @param years            time to expiry, ACT/365 years
 * @param forward          the forward the smile was quoted on
 * @param parameters       the fitted raw SVI slice (total variance in log-moneyness)
 * @param points           quotes in the smile, all of them counted in the error figures
 * @param minLogMoneyness  lowest quoted ln(K/F): the fitted range starts here
 * @param maxLogMoneyness  highest quoted ln(K/F)
 * @param rmseVol          root-mean-square of fitted minus quoted implied vol over every quote, unweighted (so
 *                         a badly fitted zero-weight quote still shows), decimal vol
 * @param maxErrorVol      largest absolute vol error over the quotes, decimal vol
 * @param butterfly        Gatheral's g(k) checked over the fitted range
 * @param flags            what is wrong; empty for a clean fit
 */
public record SviFit(double years, double forward, SviParameters parameters, int points, double minLogMoneyness,
                     double maxLogMoneyness, double rmseVol, double maxErrorVol, ButterflyCheck butterfly,
                     Set<SviFlag> flags) {

    public SviFit {
        EnumSet<SviFlag> copy = EnumSet.noneOf(SviFlag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
    }

    public double rmseVolPoints() {
        return 100 * rmseVol;
    }

    public double maxErrorVolPoints() {
        return 100 * maxErrorVol;
    }

    public boolean has(SviFlag flag) {
        return flags.contains(flag);
    }

    public boolean isClean() {
        return flags.isEmpty();
    }

    /** Fitted implied vol (decimal) at a strike. */
    public double vol(double strike) {
        return parameters.impliedVol(Math.log(strike / forward), years);
    }

    /** Fitted total variance at log-moneyness k (SVI extends past the quotes; callers decide if they trust it). */
    public double totalVariance(double k) {
        return parameters.totalVariance(k);
    }

    /** The fit as a smile on the quoted range, for {@link SmileMetrics}. */
    public SviSmile smile() {
        return new SviSmile(parameters, years, forward, minLogMoneyness, maxLogMoneyness);
    }
}
