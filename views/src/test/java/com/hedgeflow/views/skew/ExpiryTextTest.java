package com.hedgeflow.views.skew;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryTextTest {

    @Test
    void expiriesAreNamedAsInTheVenuesInstrumentNames() {
        assertEquals("4DEC26", ExpiryText.code(Instant.parse("2026-12-04T08:00:00Z")));
        assertEquals("27JUN25", ExpiryText.code(Instant.parse("2025-06-27T08:00:00Z")));
        // UTC, whatever the desk's time zone: a 23:30 UTC expiry is still that day's.
        assertEquals("31DEC25", ExpiryText.code(Instant.parse("2025-12-31T23:30:00Z")));
    }

    @Test
    void daysKeepATenthOnlyWhereItMatters() {
        assertEquals("7.3", ExpiryText.days(7.3 / 365));
        assertEquals("0.4", ExpiryText.days(0.4 / 365));
        assertEquals("56", ExpiryText.days(56.2 / 365));
        assertEquals("10", ExpiryText.days(9.96 / 365));
        assertEquals("\u2014", ExpiryText.days(Double.NaN));
    }
}
