package com.hedgeflow.engine.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.exposure.StrikeGex;
import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.market.BookState;
import com.hedgeflow.engine.market.IndexPrice;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.YearFraction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The analytics as the engine computes them from a book it was fed event by event. */
class AnalyticsCalculatorTest {
    private static final String VENUE = "deribit";
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final Instant NEAR = NOW.plus(Duration.ofDays(14));
    private static final Instant FAR = NOW.plus(Duration.ofDays(60));
    private static final double INDEX = 100_000;

    private final List<Instrument> listed = new ArrayList<>();
    private final BookState book = new BookState();

    @Test
    void aFlatSmileHasNoSkewAndAPerfectFit() {
        chain(strike -> 0.50);
        MarketAnalytics a = new AnalyticsCalculator(AnalyticsSettings.DEFAULT).compute(book, NOW).get(0);

        assertEquals(2, a.skew().expiries().size());
        for (ExpirySkew s : a.skew().expiries()) {
            assertEquals(0.50, s.metrics().atmVol(), 1e-9);
            assertEquals(0.0, s.metrics().riskReversal(), 1e-9);
            assertEquals(0.0, s.metrics().butterfly(), 1e-9);
            assertTrue(s.fit().rmseVolPoints() < 1e-3, "flat smile, exact fit: " + s.fit().rmseVolPoints());
        }
        assertEquals(2, a.skew().termStructure().points().size());
        assertTrue(a.skew().calendar().arbitrageFree(), "flat vol: total variance grows with time");
    }

    @Test
    void putSkewGivesANegativeRiskReversal() {
        chain(strike -> 0.50 - 0.4 * Math.log(strike / INDEX));
        MarketAnalytics a = new AnalyticsCalculator(AnalyticsSettings.DEFAULT).compute(book, NOW).get(0);
        for (ExpirySkew s : a.skew().expiries()) {
            assertTrue(s.metrics().riskReversal() < -0.01, "puts over calls: " + s.metrics().riskReversal());
        }
    }

    @Test
    void ownBookGexMatchesTheClosedFormAndHeldOptionsWithoutVolAreNamed() {
        chain(strike -> 0.50);
        Instrument atmCall = find(NEAR, 100_000, OptionType.CALL);
        Instrument noVol = find(FAR, 120_000, OptionType.PUT);
        book.apply(new MarketEvent.QuoteUpdated(new Quote(noVol.key(), NOW, Double.NaN, Double.NaN, 0.01, Double.NaN,
                INDEX, INDEX, 10)), NOW);
        book.apply(new MarketEvent.PositionsLoaded(VENUE, List.of(
                new Position(atmCall.key(), 10, 0.03), new Position(noVol.key(), -5, 0.2))), NOW);

        MarketAnalytics a = new AnalyticsCalculator(AnalyticsSettings.DEFAULT).compute(book, NOW).get(0);

        double gamma = Black76.gamma(INDEX, 100_000, 0.50, YearFraction.between(NOW, NEAR), 1.0);
        assertEquals(10 * gamma * INDEX * INDEX * 0.01, a.exposure().own().gexUsdPer1Pct(), 1e-6);
        assertEquals(List.of(noVol.name()), a.unpricedPositions());
        assertNotNull(a.gamma().ownFlip());
        assertEquals(0.0, a.scenarios().pnlUsd(a.scenarios().grid().spotCount() / 2,
                a.scenarios().grid().volCount() / 2), 1e-9, "no move, no P&L");
    }

    @Test
    void perExpiryGexSumsToTheAllExpiryGexPerStrikeAndNamesEachExpiry() {
        chain(strike -> 0.50 - 0.2 * Math.log(strike / INDEX));
        book.apply(new MarketEvent.PositionsLoaded(VENUE, List.of(
                new Position(find(NEAR, 100_000, OptionType.CALL).key(), 10, 0.03),
                new Position(find(NEAR, 90_000, OptionType.PUT).key(), -4, 0.01),
                new Position(find(FAR, 110_000, OptionType.CALL).key(), -7, 0.02))), NOW);

        MarketAnalytics a = new AnalyticsCalculator(AnalyticsSettings.DEFAULT).compute(book, NOW).get(0);

        assertEquals(List.of(NEAR, FAR), a.byExpiry().stream().map(ExpiryExposure::expiry).toList());
        assertEquals(YearFraction.between(NOW, NEAR), a.byExpiry().get(0).years(), 1e-15);
        Map<Double, double[]> sums = new TreeMap<>();
        double market = 0;
        double own = 0;
        for (ExpiryExposure e : a.byExpiry()) {
            StrikeGex s = e.exposure().strikes();
            for (int k = 0; k < s.size(); k++) {
                double[] sum = sums.computeIfAbsent(s.strikeUsd(k), x -> new double[2]);
                sum[0] += s.netGexMarketUsd(k);
                sum[1] += s.gexOwnUsd(k);
            }
            market += e.exposure().market().gexUsdPer1Pct();
            own += e.exposure().own().gexUsdPer1Pct();
            assertEquals(a.gamma().points(), e.gamma().points());
        }
        StrikeGex all = a.exposure().strikes();
        assertEquals(all.size(), sums.size());
        for (int k = 0; k < all.size(); k++) {
            double[] sum = sums.get(all.strikeUsd(k));
            double scale = Math.abs(all.grossGexMarketUsd(k)) + 1;
            assertEquals(all.netGexMarketUsd(k), sum[0], 1e-9 * scale, "market at " + all.strikeUsd(k));
            assertEquals(all.gexOwnUsd(k), sum[1], 1e-9 * (Math.abs(all.gexOwnUsd(k)) + 1), "own at " + all.strikeUsd(k));
        }
        assertEquals(a.exposure().market().gexUsdPer1Pct(), market, 1e-9 * Math.abs(market) + 1e-6);
        assertEquals(a.exposure().own().gexUsdPer1Pct(), own, 1e-9 * Math.abs(own) + 1e-6);
        assertTrue(a.exposure().own().gexUsdPer1Pct() != 0, "the own book has gamma in both expiries");
        // The profiles add up as well: gamma at each grid point is a sum over options.
        double[] near = a.byExpiry().get(0).gamma().marketGexUsdPer1Pct();
        double[] far = a.byExpiry().get(1).gamma().marketGexUsdPer1Pct();
        double[] total = a.gamma().marketGexUsdPer1Pct();
        for (int j = 0; j < total.length; j++) {
            assertEquals(total[j], near[j] + far[j], 1e-9 * Math.abs(total[j]) + 1e-6);
        }
        assertEquals(a.byExpiry().get(1), a.expiry(FAR));
        assertNull(a.expiry(NOW));
    }

    @Test
    void anExpiryWhoseQuotesDoNotReach25DeltaSaysSo() {
        // Three strikes hugging the forward: no 25-delta wing, too few points for SVI.
        for (double k : new double[] {99_000, 100_000, 101_000}) {
            add(NEAR, k, OptionType.CALL, 0.5);
            add(NEAR, k, OptionType.PUT, 0.5);
        }
        load();
        ExpirySkew s = new AnalyticsCalculator(AnalyticsSettings.DEFAULT).compute(book, NOW).get(0).skew().expiries().get(0);
        assertNull(s.metrics());
        assertNotNull(s.problem());
    }

    private interface Smile {
        double vol(double strike);
    }

    private void chain(Smile smile) {
        for (Instant expiry : List.of(NEAR, FAR)) {
            for (double k = 50_000; k <= 160_000; k += 5_000) {
                add(expiry, k, OptionType.CALL, smile.vol(k));
                add(expiry, k, OptionType.PUT, smile.vol(k));
            }
        }
        load();
    }

    private void add(Instant expiry, double strike, OptionType type, double vol) {
        String name = "BTC-" + expiry.getEpochSecond() + "-" + (long) strike + (type == OptionType.CALL ? "-C" : "-P");
        Instrument i = new Instrument(VENUE, name, "BTC", InstrumentKind.OPTION, Settlement.INVERSE, expiry, strike, type,
                1, 0.0005, 0.1);
        listed.add(i);
        double years = YearFraction.between(NOW, expiry);
        double coin = Black76.price(type, INDEX, strike, vol, years, 1.0) / INDEX;
        book.apply(new MarketEvent.QuoteUpdated(new Quote(i.key(), NOW, coin, coin, coin, vol, INDEX, INDEX, 100)), NOW);
    }

    private void load() {
        book.apply(new MarketEvent.InstrumentsLoaded(VENUE, listed), NOW);
        book.apply(new MarketEvent.IndexUpdated(new IndexPrice(VENUE, "BTC", INDEX, NOW)), NOW);
    }

    private Instrument find(Instant expiry, double strike, OptionType type) {
        return listed.stream().filter(i -> i.expiry().equals(expiry) && i.strike() == strike && i.optionType() == type)
                .findFirst().orElseThrow();
    }
}
