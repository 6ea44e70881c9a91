package com.hedgeflow.engine.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.feed.MarketEvent;
import com.hedgeflow.engine.market.BookState;
import com.hedgeflow.engine.market.IndexPrice;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.orders.InMemoryOrderJournal;
import com.hedgeflow.engine.orders.RecordingGateway;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.checks.InstrumentLimits;
import com.hedgeflow.engine.orders.checks.PreTradeLimits;
import com.hedgeflow.engine.pricing.InverseOption;
import com.hedgeflow.engine.risk.RiskCalculator;
import com.hedgeflow.engine.risk.RiskSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hedger reading the engine's own book through {@link MarketLookup#of}: short 10 inverse calls K = 105,000,
 * 30 days, 60 vol, F = S = 100,000, no hedge yet. The Zakamouline band of that book was worked out by hand in
 * {@link ZakamoulinePolicyTest}: [−0.149422, 0.175001] BTC. The book is far below it, so the hedger buys the
 * perpetual up to the lower edge, less what lot rounding keeps back.
 */
class HedgerOnEngineBookTest {
    private static final Instant NOW = Books.T0;

    @Test
    void zakamoulineHedgeOnARealBookLandsOnTheHandComputedEdge() {
        Instrument call = new Instrument("deribit", "BTC-1APR26-105000-C", "BTC", InstrumentKind.OPTION,
                Settlement.INVERSE, NOW.plus(Duration.ofDays(30)), 105_000, OptionType.CALL, 1, 0.0005, 0.1);
        BookState book = new BookState();
        List<MarketEvent> events = List.of(
                new MarketEvent.InstrumentsLoaded("deribit", List.of(Books.PERP, call)),
                new MarketEvent.IndexUpdated(new IndexPrice("deribit", "BTC", 100_000, NOW)),
                new MarketEvent.QuoteUpdated(new Quote(Books.PERP.key(), NOW, 99_990, 100_010, 100_000, Double.NaN,
                        Double.NaN, 100_000, 0)),
                new MarketEvent.QuoteUpdated(new Quote(call.key(), NOW, Double.NaN, Double.NaN, Double.NaN, 0.6,
                        100_000, 100_000, 0)),
                new MarketEvent.PositionsLoaded("deribit", List.of(new Position(call.key(), -10, 0.02))),
                new MarketEvent.FeedStatusChanged(new FeedStatus("deribit", "ws://sim", FeedState.CONNECTED,
                        NOW.minusSeconds(60), 1, "")));
        events.forEach(e -> book.apply(e, NOW));
        RiskSnapshot snapshot = RiskCalculator.snapshot(book, NOW);
        double delta = snapshot.underlying("BTC").netDeltaCoin();
        assertEquals(-10 * InverseOption.premiumAdjustedDelta(OptionType.CALL, 100_000, 105_000, 0.6, 30 / 365.0),
                delta, 1e-12);

        InMemoryOrderJournal journal = new InMemoryOrderJournal("engine-book");
        UnderlyingSetup setup = new UnderlyingSetup("BTC", new ZakamoulinePolicy(0.0005, 1e-4, 0, 0.01, 5),
                List.of(new HedgeVenue(Books.PERP.key(), 0.0005)),
                PreTradeLimits.standard(500_000, 1_000_000, 20,
                        Map.of(Books.PERP.key(), new InstrumentLimits(400_000, 800_000, 2_000_000, 0))),
                AutoLimits.standard(100_000), ExecutionSettings.standard());
        HedgeController hedger = new HedgeController(new TestClock(NOW), MarketLookup.of(book),
                new RecordingGateway(journal), journal, new RecordingAudit(), List.of(setup));
        hedger.onVenueReconciled("deribit", NOW);
        hedger.setMode(HedgeMode.MANUAL, "alice");
        hedger.onSnapshot(snapshot);

        PendingProposal pending = hedger.pending().get(0);
        HedgeProposal p = pending.proposal();
        assertEquals(Side.BUY, p.side());
        double lowerEdge = -0.1494222337979207;
        double wantedUsd = (lowerEdge - delta) * 100_000;
        assertEquals(Math.floor(wantedUsd / 10) * 10, p.size(), 0);
        assertTrue(p.expectedDeltaAfterCoin() <= lowerEdge + 1e-9 && p.expectedDeltaAfterCoin() > lowerEdge - 1e-4,
                "lands within one contract under the edge: " + p.expectedDeltaAfterCoin());
        assertTrue(pending.checks().allows(false), pending.checks().summary());
    }
}
