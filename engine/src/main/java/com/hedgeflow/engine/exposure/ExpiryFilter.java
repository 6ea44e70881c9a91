package com.hedgeflow.engine.exposure;

/**
 * Which expiries an exposure figure covers, as an inclusive range of years to expiry. Delta-one positions
 * (perpetuals, futures) have no option expiry and count only in the unfiltered view.
 */
public record ExpiryFilter(double minYears, double maxYears) {
    /** Half a millisecond in years: every option of one expiry gets the same years value to far better than this. */
    private static final double SAME_EXPIRY = 1.6e-11;

    private static final ExpiryFilter ALL = new ExpiryFilter(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public ExpiryFilter {
        if (Double.isNaN(minYears) || Double.isNaN(maxYears) || minYears > maxYears) {
            throw new IllegalArgumentException("expiry range must be min <= max, got " + minYears + ".." + maxYears);
        }
    }

    public static ExpiryFilter all() {
        return ALL;
    }

    /** One expiry, given as the years value the chain holds for it (see {@link OptionChain#expiryYears()}). */
    public static ExpiryFilter only(double years) {
        return new ExpiryFilter(years - SAME_EXPIRY, years + SAME_EXPIRY);
    }

    /** Everything expiring within {@code maxYears}, e.g. the front week. */
    public static ExpiryFilter upTo(double maxYears) {
        return new ExpiryFilter(Double.NEGATIVE_INFINITY, maxYears);
    }

    public boolean includes(double years) {
        return years >= minYears && years <= maxYears;
    }

    public boolean isAll() {
        return minYears == Double.NEGATIVE_INFINITY && maxYears == Double.POSITIVE_INFINITY;
    }
}
