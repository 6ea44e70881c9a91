package com.hedgeflow.simulator.instruments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Picks option expiries the way Deribit lists them: Fridays at 08:00 UTC, weeklies near the front and the
 * last Friday of a month as the monthly.
 */
public final class ExpiryCalendar {
    /** Deribit settles options at 08:00 UTC. */
    public static final LocalTime SETTLEMENT_TIME = LocalTime.of(8, 0);

    /**
     * An expiry this close to the start would die during a normal session and make the demo book's
     * gamma jump around, so the front weekly is at least a day away.
     */
    private static final long MIN_LIFETIME_SECONDS = 24 * 3600;

    private ExpiryCalendar() {
    }

    /** One expiry and whether Deribit would call it a weekly or a monthly. */
    public record Expiry(Instant instant, String settlementPeriod) {
    }

    /**
     * The next two Fridays, the monthly of this month and of the next, then further monthlies until at
     * least {@code minimumCount} distinct expiries exist. Sorted, nearest first.
     */
    public static List<Expiry> expiriesAfter(Instant now, int minimumCount) {
        TreeMap<Instant, String> chosen = new TreeMap<>();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Instant earliest = now.plusSeconds(MIN_LIFETIME_SECONDS);

        LocalDate friday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        int weeklies = 0;
        while (weeklies < 2) {
            Instant at = at8(friday);
            if (at.isAfter(earliest)) {
                chosen.put(at, isLastFridayOfMonth(friday) ? "month" : "week");
                weeklies++;
            }
            friday = friday.plusWeeks(1);
        }

        YearMonth month = YearMonth.from(today);
        int monthlies = 0;
        while (monthlies < 2 || chosen.size() < minimumCount) {
            Instant at = at8(lastFriday(month));
            if (at.isAfter(earliest)) {
                chosen.put(at, "month");
                monthlies++;
            }
            month = month.plusMonths(1);
        }

        List<Expiry> out = new ArrayList<>();
        chosen.forEach((instant, period) -> out.add(new Expiry(instant, period)));
        return out;
    }

    static LocalDate lastFriday(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    private static boolean isLastFridayOfMonth(LocalDate friday) {
        return friday.equals(lastFriday(YearMonth.from(friday)));
    }

    private static Instant at8(LocalDate day) {
        return day.atTime(SETTLEMENT_TIME).toInstant(ZoneOffset.UTC);
    }
}
