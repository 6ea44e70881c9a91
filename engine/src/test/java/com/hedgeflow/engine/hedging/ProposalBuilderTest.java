package com.hedgeflow.engine.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalBuilderTest {
    private static final Instant NOW = Books.T0;
    private static final ProposalBuilder BUILDER = new ProposalBuilder(20, Duration.ofSeconds(5));

    static HedgeDecision.Trade trade(double change) {
        return new HedgeDecision.Trade(change, change, 0, ReasonCode.BAND_BREACH, null, "test");
    }

    static ProposalBuilder.Quoted perp(double bid, double ask, double mark) {
        return new ProposalBuilder.Quoted(Books.PERP, new TopOfBook(bid, Double.NaN, ask, Double.NaN, mark, NOW),
                0.0005);
    }

    /**
     * Sell 0.3456 BTC on the inverse perpetual at S = 95,123.5: 0.3456 × 95,123.5 = 32,874.68 USD, down to 3,287
     * contracts of 10 = 32,870 USD. Limit: mark 95,123.3 less 20 bps = 94,933.05, up to the 0.5 tick = 94,933.5.
     */
    @Test
    void inversePerpetualSizesInUsdRoundedDownToTenAndPricesOnTheTick() {
        ProposalBuilder.Outcome o = BUILDER.build("hp-1", "BTC", trade(-0.3456), 1.0, 95_123.5,
                perp(95_120.0, 95_125.5, 95_123.3), NOW);
        HedgeProposal p = o.proposal();
        assertEquals(Side.SELL, p.side());
        assertEquals(32_870.0, p.size(), 0);
        assertEquals("USD", p.sizeUnit());
        assertEquals(94_933.5, p.limitPrice(), 0);
        assertEquals(TimeInForce.IMMEDIATE_OR_CANCEL, p.timeInForce());
        assertEquals(95_120.0, p.expectedAveragePrice(), 0);
        assertEquals(-32_870 / 95_123.5, p.deltaChangeCoin(), 1e-12);
        assertEquals(1.0 - 32_870 / 95_123.5, p.expectedDeltaAfterCoin(), 1e-12);
        // Crossing 3.3 below the mark plus 5 bps of fee on 32,870 USD.
        assertEquals(32_870 * (3.3 / 95_123.3 + 0.0005), p.expectedCostUsd(), 1e-9);
        assertEquals(NOW.plusSeconds(5), p.expiresAt());
    }

    @Test
    void aBuyLimitIsRoundedDownTowardTheMark() {
        // 95,123.3 × 1.002 = 95,313.5466 → 95,313.5.
        HedgeProposal p = BUILDER.build("hp-1", "BTC", trade(0.5), 0, 95_123.5, perp(95_120, 95_125.5, 95_123.3),
                NOW).proposal();
        assertEquals(Side.BUY, p.side());
        assertEquals(95_313.5, p.limitPrice(), 0);
        assertEquals(47_560.0, p.size(), 0);
    }

    @Test
    void linearProductsSizeInCoinDownToTheMinimumTradeAmount() {
        ProposalBuilder.Quoted q = new ProposalBuilder.Quoted(Books.LINEAR_PERP,
                new TopOfBook(99_990, 5, 100_010, 5, 100_000, NOW), 0.0004);
        HedgeProposal p = BUILDER.build("hp-1", "BTC", trade(0.01239), 0, 100_000, q, NOW).proposal();
        assertEquals(0.012, p.size(), 1e-15);
        assertEquals("BTC", p.sizeUnit());
        assertEquals(100_200.0, p.limitPrice(), 1e-9);
        assertEquals(0.012 * 100_010, p.notionalUsd(), 1e-9);
    }

    @Test
    void lessThanOneLotIsNoProposal() {
        ProposalBuilder.Outcome o = BUILDER.build("hp-1", "BTC", trade(-0.00009), 0, 100_000,
                perp(99_990, 100_010, 100_000), NOW);
        assertFalse(o.proposed());
        assertTrue(o.whyNot().contains("less than one lot (10.0 USD)"), o.whyNot());
    }

    @Test
    void aBookAwayFromTheMarkIsNoProposal() {
        ProposalBuilder.Outcome o = BUILDER.build("hp-1", "BTC", trade(-0.5), 0, 100_000,
                perp(99_500, 99_510, 100_000), NOW);
        assertFalse(o.proposed());
        assertTrue(o.whyNot().contains("past the limit"), o.whyNot());
    }

    @Test
    void noMarkOrNoBidIsNoProposal() {
        assertTrue(BUILDER.build("hp-1", "BTC", trade(-0.5), 0, 100_000, perp(99_990, 100_010, Double.NaN), NOW)
                .whyNot().contains("no mark"));
        assertTrue(BUILDER.build("hp-1", "BTC", trade(-0.5), 0, 100_000, perp(Double.NaN, 100_010, 100_000), NOW)
                .whyNot().contains("no bid"));
    }

    @Test
    void whatTheTouchDoesNotCoverIsExpectedAtTheLimit() {
        ProposalBuilder.Quoted q = new ProposalBuilder.Quoted(Books.PERP,
                new TopOfBook(99_990, 20_000, 100_010, 20_000, 100_000, NOW), 0);
        HedgeProposal p = BUILDER.build("hp-1", "BTC", trade(-0.5), 0, 100_000, q, NOW).proposal();
        // 20,000 USD at 99,990, the other 30,000 at the limit 99,800.
        assertEquals((20_000 * 99_990.0 + 30_000 * 99_800.0) / 50_000, p.expectedAveragePrice(), 1e-9);
    }

    @Test
    void optionsDoNotHedgeDelta() {
        Instrument call = new Instrument("deribit", "BTC-27MAR26-100000-C", "BTC", InstrumentKind.OPTION,
                Settlement.INVERSE, NOW.plus(Duration.ofDays(25)), 100_000, OptionType.CALL, 1, 0.0005, 0.1);
        ProposalBuilder.Outcome o = BUILDER.build("hp-1", "BTC", trade(-0.5), 0, 100_000,
                new ProposalBuilder.Quoted(call, new TopOfBook(0.05, 1, 0.051, 1, 0.0505, NOW), 0.0003), NOW);
        assertFalse(o.proposed());
        assertTrue(o.whyNot().contains("does not hedge delta"), o.whyNot());
    }

    @Test
    void aModifiedSizeOffTheLotIsRefusedNotRounded() {
        HedgeProposal p = BUILDER.build("hp-1", "BTC", trade(-0.5), 0.6, 100_000, perp(99_990, 100_010, 100_000),
                NOW).proposal();
        ProposalBuilder.Outcome off = BUILDER.modified("hp-2", p, 40_005, 99_800, 0.6, 100_000,
                perp(99_990, 100_010, 100_000), NOW);
        assertTrue(off.whyNot().contains("not a multiple of the lot"), off.whyNot());
        ProposalBuilder.Outcome tick = BUILDER.modified("hp-2", p, 40_000, 99_800.2, 0.6, 100_000,
                perp(99_990, 100_010, 100_000), NOW);
        assertTrue(tick.whyNot().contains("not on the tick"), tick.whyNot());
        HedgeProposal ok = BUILDER.modified("hp-2", p, 40_000, 99_900, 0.6, 100_000, perp(99_990, 100_010, 100_000),
                NOW).proposal();
        assertEquals(40_000, ok.size(), 0);
        assertEquals(0.2, ok.expectedDeltaAfterCoin(), 1e-12);
    }

    @Test
    void theCheapestVenueWins() {
        // The linear perp has a tighter book and a lower fee, so it wins although lot rounding differs.
        ProposalBuilder.Quoted wide = perp(99_950, 100_050, 100_000);
        ProposalBuilder.Quoted tight = new ProposalBuilder.Quoted(Books.LINEAR_PERP,
                new TopOfBook(99_995, Double.NaN, 100_005, Double.NaN, 100_000, NOW), 0.0002);
        VenueSelector.Choice c = VenueSelector.choose(BUILDER, "hp-1", "BTC", trade(-0.5), 0, 100_000,
                List.of(wide, tight), NOW);
        assertEquals(Books.LINEAR_PERP.key(), c.chosen().instrument());
        assertEquals(2, c.considered().size());
        assertTrue(c.considered().get(0).contains("bps"), c.considered().get(0));
    }

    @Test
    void noUsableVenueSaysWhyForEach() {
        VenueSelector.Choice c = VenueSelector.choose(BUILDER, "hp-1", "BTC", trade(-0.5), 0, 100_000,
                List.of(perp(99_990, 100_010, Double.NaN)), NOW);
        assertNull(c.chosen());
        assertTrue(c.considered().get(0).contains("no mark"));
    }
}
