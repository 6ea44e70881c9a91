package com.hedgeflow.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.market.BookState;
import com.hedgeflow.engine.market.IndexPrice;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.market.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A three-line book whose delta was worked out by hand (N(d1) from the closed form, evaluated with erfc):
 * spot and forward 100,000, a quarter of a year to expiry, zero rate.
 */
class NetDeltaTest {
    private static final String VENUE = "deribit";
    private static final Instant NOW = Instant.parse("2026-01-01T08:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofSeconds(7_884_000)); // 0.25 of 365 days

    private static final Instrument PERP = new Instrument(VENUE, "BTC-PERPETUAL", "BTC", InstrumentKind.PERPETUAL,
            Settlement.INVERSE, null, Double.NaN, null, 10, 0.5, 10);
    private static final Instrument CALL = option("BTC-1APR26-100000-C", 100_000, OptionType.CALL);
    private static final Instrument PUT = option("BTC-1APR26-90000-P", 90_000, OptionType.PUT);

    @Test
    void netDeltaOfAHandComputedBook() {
        BookState book = book(List.of(
                new Position(PERP.key(), -500_000, 99_000),   // short 50,000 contracts of 10 USD
                new Position(CALL.key(), 10, 0.05),
                new Position(PUT.key(), -20, 0.03)));

        RiskSnapshot snapshot = RiskCalculator.snapshot(book, NOW);

        UnderlyingRisk btc = snapshot.underlying("BTC");
        assertEquals(100_000, btc.indexPrice());
        // perpetual: -10 * 50,000 / 100,000 = -5 BTC
        assertEquals(-5.0, btc.futuresDeltaCoin(), 1e-12);
        // call: 10 * (N(0.15) - 0.06); put: -20 * (-N(-0.476030) - 0.02)
        assertEquals(4.996176923702425 + 6.7405297340715284, btc.optionsDeltaCoin(), 1e-9);
        assertEquals(6.736706657773954, btc.netDeltaCoin(), 1e-9);
        assertEquals(673_670.6657773955, btc.netDeltaUsd(), 1e-4);
        assertEquals(3, btc.positionCount());
        assertEquals(0, btc.unpricedCount());
    }

    @Test
    void inverseOptionDeltaIsPremiumAdjusted() {
        BookState book = book(List.of(new Position(CALL.key(), 1, 0.05)));
        PositionRisk call = RiskCalculator.snapshot(book, NOW).positions().get(0);
        assertEquals(0.5596176923702425 - 0.06, call.unitDelta(), 1e-12);
        assertEquals(call.deltaCoin() * 100_000, call.deltaUsd(), 1e-6);
    }

    @Test
    void perpetualDeltaFollowsTheIndex() {
        BookState book = book(List.of(new Position(PERP.key(), 1_000_000, 99_000)));
        book.apply(new MarketEvent.IndexUpdated(new IndexPrice(VENUE, "BTC", 125_000, NOW.plusSeconds(1))), NOW);
        // 100,000 contracts of 10 USD long at S = 125,000: +8 BTC
        assertEquals(8.0, RiskCalculator.snapshot(book, NOW).underlying("BTC").netDeltaCoin(), 1e-12);
    }

    @Test
    void positionWithoutVolIsReportedButNotSummed() {
        BookState book = book(List.of(
                new Position(PERP.key(), -100_000, 99_000),
                new Position(CALL.key(), 10, 0.05)));
        book.apply(new MarketEvent.QuoteUpdated(new Quote(CALL.key(), NOW, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, 100_000, 0)), NOW);

        RiskSnapshot snapshot = RiskCalculator.snapshot(book, NOW);
        UnderlyingRisk btc = snapshot.underlying("BTC");
        assertEquals(-1.0, btc.netDeltaCoin(), 1e-12);
        assertEquals(1, btc.unpricedCount());
        assertFalse(snapshot.positions().get(1).priced());
        assertTrue(snapshot.positions().get(0).priced(), "the perpetual is listed first");
    }

    @Test
    void optionGreeksInTraderUnits() {
        BookState book = book(List.of(new Position(CALL.key(), 10, 0.05), new Position(PERP.key(), -100_000, 0)));
        BookGreeks g = RiskCalculator.snapshot(book, NOW).underlying("BTC").greeks();
        // 10 calls, F = S = 100,000, vol 60%, a quarter year: closed forms with phi(0.15) evaluated independently
        assertEquals(13_149.311030262967, g.gammaUsdPer1Pct(), 1e-6);
        assertEquals(1_972.3966545394446, g.vegaUsdPerVolPoint(), 1e-7);
        assertEquals(-648.4591740951599, g.thetaUsdPerDay(), 1e-8);
    }

    @Test
    void deltaIsBucketedByVenueKindAndExpiry() {
        BookState book = book(List.of(
                new Position(PERP.key(), -500_000, 99_000),
                new Position(CALL.key(), 10, 0.05),
                new Position(PUT.key(), -20, 0.03)));
        List<DeltaBucket> buckets = RiskCalculator.snapshot(book, NOW).deltaBuckets();
        assertEquals(2, buckets.size(), "the perpetual, and both options on one expiry: " + buckets);
        DeltaBucket perp = buckets.get(0);
        assertEquals(InstrumentKind.PERPETUAL, perp.kind());
        assertEquals(-5.0, perp.deltaCoin(), 1e-12);
        DeltaBucket options = buckets.get(1);
        assertEquals(EXPIRY, options.expiry());
        assertEquals(4.996176923702425 + 6.7405297340715284, options.deltaCoin(), 1e-9);
        assertEquals(options.deltaCoin() * 100_000, options.deltaUsd(), 1e-4);
    }

    @Test
    void anUnderlyingWithAnIndexButNoPositionsIsFlat() {
        BookState book = book(List.of());
        UnderlyingRisk btc = RiskCalculator.snapshot(book, NOW).underlying("BTC");
        assertEquals(100_000, btc.indexPrice());
        assertEquals(0.0, btc.netDeltaCoin());
        assertEquals(0, btc.positionCount());
    }

    private static BookState book(List<Position> positions) {
        BookState book = new BookState();
        book.apply(new MarketEvent.InstrumentsLoaded(VENUE, List.of(PERP, CALL, PUT)), NOW);
        book.apply(new MarketEvent.IndexUpdated(new IndexPrice(VENUE, "BTC", 100_000, NOW)), NOW);
        book.apply(quote(PERP, 100_010, Double.NaN), NOW);
        book.apply(quote(CALL, 0.06, 0.60), NOW);
        book.apply(quote(PUT, 0.02, 0.70), NOW);
        book.apply(new MarketEvent.PositionsLoaded(VENUE, positions), NOW);
        return book;
    }

    private static MarketEvent quote(Instrument i, double mark, double iv) {
        return new MarketEvent.QuoteUpdated(
                new Quote(i.key(), NOW, mark, mark, mark, iv, 100_000, 100_000, 1_000));
    }

    private static Instrument option(String name, double strike, OptionType type) {
        return new Instrument(VENUE, name, "BTC", InstrumentKind.OPTION, Settlement.INVERSE, EXPIRY, strike, type,
                1, 0.0005, 0.1);
    }
}
