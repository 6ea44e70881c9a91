package com.hedgeflow.engine.vol;

/**
 * A metric asked for a point the smile does not reach: the forward outside the quoted strikes, or a 25-delta
 * strike beyond the last quote. Thrown rather than extrapolated, because a made-up wing vol shown as a market
 * risk reversal is worse than no number.
 */
public class SmileRangeException extends RuntimeException {
    public SmileRangeException(String message) {
        super(message);
    }
}
