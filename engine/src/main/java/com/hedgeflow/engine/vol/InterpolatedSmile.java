package com.hedgeflow.engine.vol;

import java.util.Arrays;

/**
 * The market smile read between quotes, linear in total variance against log-moneyness. Total variance rather
 * than vol because it is the quantity the no-arbitrage conditions, the SVI fit and the term structure are all
 * stated in, so an ATM vol read here and one read from the fit mean the same thing. Defined only between the
 * lowest and the highest quoted strike, so nothing is invented in the wings. Quotes at the same strike (a call
 * and a put) are averaged in total variance.
 */
public final class InterpolatedSmile implements SmileCurve {
    private final double years;
    private final double forward;
    private final double[] k;
    private final double[] w;

    private InterpolatedSmile(double years, double forward, double[] k, double[] w) {
        this.years = years;
        this.forward = forward;
        this.k = k;
        this.w = w;
    }

    public static InterpolatedSmile of(Smile smile) {
        int n = smile.size();
        double[] ks = new double[n];
        double[] ws = new double[n];
        int distinct = 0;
        int i = 0;
        // Points are sorted by strike, so equal strikes are adjacent.
        while (i < n) {
            double strike = smile.points().get(i).strike();
            double sum = 0;
            int count = 0;
            while (i < n && smile.points().get(i).strike() == strike) {
                sum += smile.totalVariance(i);
                count++;
                i++;
            }
            ks[distinct] = Math.log(strike / smile.forward());
            ws[distinct] = sum / count;
            distinct++;
        }
        return new InterpolatedSmile(smile.years(), smile.forward(), Arrays.copyOf(ks, distinct),
                Arrays.copyOf(ws, distinct));
    }

    @Override
    public double years() {
        return years;
    }

    @Override
    public double forward() {
        return forward;
    }

    @Override
    public double minLogMoneyness() {
        return k[0];
    }

    @Override
    public double maxLogMoneyness() {
        return k[k.length - 1];
    }

    @Override
    public SmileSource source() {
        return SmileSource.MARKET_INTERPOLATED;
    }

    @Override
    public double totalVariance(double logMoneyness) {
        if (!covers(logMoneyness)) {
            throw new SmileRangeException("log-moneyness " + logMoneyness + " is outside the quoted range ["
                    + minLogMoneyness() + ", " + maxLogMoneyness() + "]");
        }
        int hi = Arrays.binarySearch(k, logMoneyness);
        if (hi >= 0) {
            return w[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        double t = (logMoneyness - k[lo]) / (k[hi] - k[lo]);
        return w[lo] + t * (w[hi] - w[lo]);
    }
}
