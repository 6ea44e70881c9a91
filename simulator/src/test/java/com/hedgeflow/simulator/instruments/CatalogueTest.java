package com.hedgeflow.simulator.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    @Test
    void namesFollowDeribit() {
        Instant dec5 = Instant.parse("2026-12-05T08:00:00Z");
        assertEquals("BTC-5DEC26-95000-C", DeribitNames.option("BTC", dec5, 95_000, com.hedgeflow.engine.market.OptionType.CALL));
        assertEquals("BTC-27MAR26-100000-P", DeribitNames.option("BTC", Instant.parse("2026-03-27T08:00:00Z"), 100_000,
                com.hedgeflow.engine.market.OptionType.PUT));
        assertEquals("BTC-PERPETUAL", DeribitNames.perpetual("BTC"));
    }

    @Test
    void expiriesAreFridaysAtEightIncludingTwoWeekliesAndTwoMonthlies() {
        for (String start : List.of("2026-11-26T23:00:00Z", "2026-11-27T07:59:00Z", "2026-12-25T09:00:00Z",
                "2026-01-30T12:00:00Z")) {
            Instant now = Instant.parse(start);
            List<ExpiryCalendar.Expiry> expiries = ExpiryCalendar.expiriesAfter(now, 4);
            assertTrue(expiries.size() >= 4, start + " " + expiries);
            Instant previous = now;
            for (ExpiryCalendar.Expiry e : expiries) {
                var t = e.instant().atZone(ZoneOffset.UTC);
                assertEquals(DayOfWeek.FRIDAY, t.getDayOfWeek());
                assertEquals(8, t.getHour());
                assertTrue(e.instant().isAfter(previous));
                previous = e.instant();
            }
            assertTrue(expiries.stream().filter(e -> e.settlementPeriod().equals("month")).count() >= 2);
        }
    }

    @Test
    void catalogueHasSeventeenStrikesPerExpiry() {
        InstrumentCatalogue c = InstrumentCatalogue.listAt(Instant.parse("2026-11-26T23:00:00Z"), 95_000);
        assertEquals(17, c.strikes().size());
        assertEquals(55_000.0, c.strikes().get(0));
        assertEquals(135_000.0, c.strikes().get(16));
        assertEquals(1 + c.expiries().size() * 17 * 2, c.all().size());
        assertEquals("BTC-PERPETUAL", c.perpetual().name());
        // 27 Nov 08:00 is under a day away, so the front expiry is the next Friday.
        assertTrue(c.find("BTC-27NOV26-95000-C").isEmpty());
        assertTrue(c.find("BTC-4DEC26-95000-C").isPresent(), "front weekly listed: " + c.expiries());
        assertTrue(c.find("BTC-11DEC26-95000-P").isPresent());
        assertTrue(c.find("BTC-25DEC26-55000-C").isPresent());
        assertTrue(c.find("BTC-29JAN27-135000-P").isPresent());
    }
}
