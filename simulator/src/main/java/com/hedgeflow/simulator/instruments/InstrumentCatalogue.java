package com.hedgeflow.simulator.instruments;

import com.hedgeflow.engine.market.OptionType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the venue lists: BTC-PERPETUAL and a chain of inverse BTC options, fixed when the venue starts.
 * The chain is laid out around the starting spot so the strikes bracket every move a session will see.
 */
public final class InstrumentCatalogue {
    public static final String CURRENCY = "BTC";
    /** Deribit uses this as the perpetual's expiration_timestamp (year 3000). */
    public static final Instant PERPETUAL_EXPIRY = Instant.ofEpochMilli(32503708800000L);

    public static final double OPTION_TICK = 0.0005;
    public static final double OPTION_CONTRACT_SIZE = 1.0;
    public static final double OPTION_MIN_TRADE = 0.1;
    public static final double PERP_TICK = 0.5;
    public static final double PERP_CONTRACT_SIZE = 10.0;
    public static final double PERP_MIN_TRADE = 10.0;

    static final int MIN_EXPIRIES = 4;
    static final double STRIKE_STEP = 5_000.0;
    /** Strikes on each side of the at-the-money one: 8 gives 17 strikes per expiry. */
    static final int STRIKES_EACH_SIDE = 8;

    private final List<ListedInstrument> all;
    private final Map<String, ListedInstrument> byName;
    private final List<Instant> expiries;
    private final List<Double> strikes;

    private InstrumentCatalogue(List<ListedInstrument> all, List<Instant> expiries, List<Double> strikes) {
        this.all = List.copyOf(all);
        Map<String, ListedInstrument> map = new LinkedHashMap<>();
        all.forEach(i -> map.put(i.name(), i));
        this.byName = Collections.unmodifiableMap(map);
        this.expiries = List.copyOf(expiries);
        this.strikes = List.copyOf(strikes);
    }

    /** Lists the chain for a venue starting at {@code now} with the index near {@code spot}. */
    public static InstrumentCatalogue listAt(Instant now, double spot) {
        List<ListedInstrument> out = new ArrayList<>();
        long id = 210_000L;
        Instant listedAt = now.truncatedTo(ChronoUnit.DAYS);
        out.add(new ListedInstrument(DeribitNames.perpetual(CURRENCY), id++, true, null, Double.NaN, PERPETUAL_EXPIRY,
                Instant.parse("2018-08-14T10:24:47Z"), "perpetual", PERP_CONTRACT_SIZE, PERP_MIN_TRADE, PERP_TICK));

        double atm = Math.round(spot / STRIKE_STEP) * STRIKE_STEP;
        List<Double> strikes = new ArrayList<>();
        for (int k = -STRIKES_EACH_SIDE; k <= STRIKES_EACH_SIDE; k++) {
            strikes.add(atm + k * STRIKE_STEP);
        }

        List<Instant> expiries = new ArrayList<>();
        for (ExpiryCalendar.Expiry expiry : ExpiryCalendar.expiriesAfter(now, MIN_EXPIRIES)) {
            expiries.add(expiry.instant());
            // Deribit lists weeklies about two weeks ahead and monthlies months ahead.
            Duration ahead = expiry.settlementPeriod().equals("week") ? Duration.ofDays(14) : Duration.ofDays(60);
            Instant creation = expiry.instant().minus(ahead);
            if (creation.isAfter(listedAt)) {
                creation = listedAt;
            }
            for (double strike : strikes) {
                for (OptionType type : OptionType.values()) {
                    out.add(new ListedInstrument(DeribitNames.option(CURRENCY, expiry.instant(), strike, type), id++, false,
                            type, strike, expiry.instant(), creation, expiry.settlementPeriod(), OPTION_CONTRACT_SIZE,
                            OPTION_MIN_TRADE, OPTION_TICK));
                }
            }
        }
        return new InstrumentCatalogue(out, expiries, strikes);
    }

    public List<ListedInstrument> all() {
        return all;
    }

    public Optional<ListedInstrument> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ListedInstrument perpetual() {
        return all.get(0);
    }

    /** Option expiries, nearest first. */
    public List<Instant> expiries() {
        return expiries;
    }

    /** Strikes listed on every expiry, ascending. */
    public List<Double> strikes() {
        return strikes;
    }

    public ListedInstrument option(Instant expiry, double strike, OptionType type) {
        String name = DeribitNames.option(CURRENCY, expiry, strike, type);
        ListedInstrument found = byName.get(name);
        if (found == null) {
            throw new IllegalArgumentException("not listed: " + name);
        }
        return found;
    }
}
