package com.hedgeflow.views.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.exposure.HedgeFlowProfile;
import com.hedgeflow.views.Books;
import com.hedgeflow.views.format.Tone;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.gamma.ExposureBooks;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hedge-flow table and chart series, checked against the engine's profile on a hand-made chain. */
class HedgeFlowModelTest {

    private final MarketAnalytics analytics = ExposureBooks.analytics(ExposureBooks.strangle(), Books.T0);
    private final HedgeFlowProfile profile = analytics.hedgeFlow();

    @Test
    void theTableReadsTheKeyMovesLargestRallyFirst() {
        HedgeFlowModel m = HedgeFlowModel.of(analytics, FlowUnit.COIN);
        assertEquals(List.of("+20%", "+10%", "+5%", "+2%", "+1%", "-1%", "-2%", "-5%", "-10%", "-20%"),
                m.moves().stream().map(FlowMove::move).collect(Collectors.toList()));
        FlowMove up5 = m.move(0.05);
        int j = point(0.05);
        assertEquals("105,000", up5.index());
        assertEquals(TraderFormat.signed(profile.ownHedgeCoin(j), 2), up5.own().text());
        // Decimals are chosen per column: this small market stays under 1,000 coin, so hundredths show.
        assertEquals(2, HedgeFlowModel.coinDecimals(m.marketHedge()));
        assertEquals(TraderFormat.signed(profile.marketHedgeCoin(j), 2), up5.market().text());
        assertEquals("Own book, BTC", m.ownHeader());
        assertEquals("Dealers, BTC", m.marketHeader());
        assertNull(m.move(0.03), "not a table move");
    }

    @Test
    void usdIsTheTradeAtTheMovedIndex() {
        HedgeFlowModel m = HedgeFlowModel.of(analytics, FlowUnit.USD);
        int j = point(-0.10);
        FlowMove down10 = m.move(-0.10);
        assertEquals(TraderFormat.signedUsd(profile.ownHedgeUsd(j)), down10.own().text());
        assertEquals(TraderFormat.signedUsd(profile.marketHedgeUsd(j)), down10.market().text());
        assertEquals("Dealers, USD", m.marketHeader());
        assertEquals(profile.marketHedgeUsd(j), m.marketHedge()[j], 0);
    }

    @Test
    void buyingIsPositiveAndGreen() {
        HedgeFlowModel m = HedgeFlowModel.of(analytics, FlowUnit.COIN);
        // Dealers long the 105k calls, short the 95k puts: net short gamma below the flip, long above.
        for (FlowMove move : m.moves()) {
            double v = HedgeFlowModel.at(m.shifts(), m.marketHedge(), move.shift());
            Tone expected = v > 0 ? Tone.UP : Tone.DOWN;
            assertEquals(expected, move.market().tone(), move.move() + " " + move.market().text());
            assertEquals(v > 0, move.market().text().startsWith("+"));
        }
        assertTrue(m.convention().startsWith("Sign: positive = buy the underlying, negative = sell."));
        assertTrue(m.convention().contains("Market figures assume dealers long calls, short puts."));
        assertTrue(m.chartSubtitle().contains("positive = buy"));
        assertEquals("dealers' curve assumes dealers long calls, short puts", m.marketAssumption());
        assertEquals("order-book depth: not available from this venue feed yet", HedgeFlowModel.DEPTH_NOTE);
    }

    @Test
    void valuesBetweenGridPointsAreInterpolatedNeverExtrapolated() {
        double[] xs = {-0.02, -0.01, 0, 0.01, 0.02};
        double[] ys = {4, 2, 0, -2, -6};
        assertEquals(-2, HedgeFlowModel.at(xs, ys, 0.01), 0);
        assertEquals(-4, HedgeFlowModel.at(xs, ys, 0.015), 1e-12);
        assertTrue(Double.isNaN(HedgeFlowModel.at(xs, ys, 0.05)));
        assertEquals(0, HedgeFlowModel.coinDecimals(new double[]{1_234.5, 3}));
        assertEquals(2, HedgeFlowModel.coinDecimals(new double[]{-999, Double.NaN}));
    }

    @Test
    void anEmptyOwnBookIsNotAFlatLine() {
        HedgeFlowModel m = HedgeFlowModel.of(ExposureBooks.analytics(ExposureBooks.callsOnly(), Books.T0),
                FlowUnit.COIN);
        assertTrue(!m.hasOwnFlow());
        assertTrue(m.hasMarketFlow());
        assertEquals("0.00", m.move(0.01).own().text());
    }

    private int point(double shift) {
        for (int j = 0; j < profile.points(); j++) {
            if (Math.abs(profile.shift(j) - shift) < 1e-9) {
                return j;
            }
        }
        throw new AssertionError("no grid point at " + shift);
    }
}
