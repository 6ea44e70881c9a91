package com.hedgeflow.views.skew;

import com.hedgeflow.views.format.TraderFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How an expiry is named on the skew screen: the venue's code ({@code 27JUN25}) and days to go. */
final class ExpiryText {

    static final double DAYS_PER_YEAR = 365.0;

    // Deribit's instrument code: day without a leading zero, upper-case month, two-digit year, in UTC.
    private static final DateTimeFormatter CODE = DateTimeFormatter.ofPattern("dMMMyy", Locale.US)
            .withZone(ZoneOffset.UTC);

    private ExpiryText() {
    }

    /** {@code 4DEC26}: what traders call the expiry, as in the instrument names. */
    static String code(Instant expiry) {
        return CODE.format(expiry).toUpperCase(Locale.US);
    }

    /** Days to expiry: {@code 7.3} below ten days (where a fraction of a day moves the front smile), else {@code 56}. */
    static String days(double years) {
        double days = years * DAYS_PER_YEAR;
        if (!Double.isFinite(days)) {
            return TraderFormat.EM_DASH;
        }
        return TraderFormat.fixed(days, days < 9.95 ? 1 : 0);
    }
}
