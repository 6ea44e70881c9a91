package com.hedgeflow.engine.vol;

/**
 * An SVI slice read as a smile, on the strike range it was fitted to. SVI itself is defined for every k, but
 * metrics taken from it stay inside the fitted range for the same reason the interpolated smile does: the wing
 * beyond the last quote is the model's guess, not the market's.
 */
public record SviSmile(SviParameters parameters, double years, double forward, double minLogMoneyness,
                       double maxLogMoneyness) implements SmileCurve {

    public SviSmile {
        if (!(years > 0) || !(forward > 0) || !(maxLogMoneyness >= minLogMoneyness)) {
            throw new IllegalArgumentException("bad SVI smile: years=" + years + " forward=" + forward
                    + " range=[" + minLogMoneyness + ", " + maxLogMoneyness + "]");
        }
    }

    @Override
    public double totalVariance(double k) {
        if (!covers(k)) {
            throw new SmileRangeException("log-moneyness " + k + " is outside the fitted range ["
                    + minLogMoneyness + ", " + maxLogMoneyness + "]");
        }
        return parameters.totalVariance(k);
    }

    @Override
    public SmileSource source() {
        return SmileSource.SVI_FIT;
    }
}
