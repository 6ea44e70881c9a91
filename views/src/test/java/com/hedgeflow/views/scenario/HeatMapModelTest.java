package com.hedgeflow.views.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.scenario.ScenarioGrid;
import com.hedgeflow.engine.scenario.ScenarioMatrix;
import com.hedgeflow.engine.scenario.ScenarioRevaluer;
import com.hedgeflow.engine.scenario.VolDynamics;
import com.hedgeflow.views.skew.VolBooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The heat map's layout of a matrix from the real scenario revaluer (VolBooks.chain). */
class HeatMapModelTest {

    private static ScenarioMatrix now;
    private static ScenarioMatrix rolled;

    @BeforeAll
    static void revalue() {
        MarketAnalytics a = VolBooks.analytics(VolBooks.T0, VolBooks.cleanSkew());
        now = a.scenarios();
        rolled = a.scenariosRolled();
    }

    @Test
    void downMovesOnTheLeftAndTheBiggestVolRiseOnTop() {
        HeatMapModel m = HeatMapModel.of(now, HeatMapModel.maxAbs(now));
        assertEquals(9, m.columns());
        assertEquals(9, m.rows());
        assertEquals("-20%", m.spotShiftLabel(0));
        assertEquals("0%", m.spotShiftLabel(4));
        assertEquals("+5%", m.spotShiftLabel(5));
        assertEquals("48,000", m.spotPriceLabel(0));
        assertEquals("72,000", m.spotPriceLabel(8));
        assertEquals("+20", m.volShiftLabel(0));
        assertEquals("0", m.volShiftLabel(4));
        assertEquals("-20", m.volShiftLabel(8));
        HeatMapModel.Cell topLeft = m.cell(0, 0);
        assertEquals(0, topLeft.spot());
        assertEquals(8, topLeft.vol());
        assertEquals(now.pnlUsd(0, 8), topLeft.pnlUsd(), 0);
        assertEquals(CompactUsd.signed(now.pnlUsd(0, 8)), topLeft.text());
    }

    @Test
    void theUnmovedCellIsMarkedAndWorthNothingNow() {
        HeatMapModel m = HeatMapModel.of(now, HeatMapModel.maxAbs(now));
        assertEquals(4, m.currentColumn());
        assertEquals(4, m.currentRow());
        assertEquals("$0", m.current().text());
        assertEquals(0, m.current().fraction(), 1e-12);
        // Rolled a day: the same cell is one day of time decay.
        HeatMapModel r = HeatMapModel.of(rolled, HeatMapModel.maxAbs(now, rolled));
        assertEquals(rolled.pnlUsd(4, 4), r.current().pnlUsd(), 0);
        assertTrue(r.current().pnlUsd() != 0);
    }

    @Test
    void coloursAreScaledToTheLargestAmountOfBothViews() {
        double max = HeatMapModel.maxAbs(now, rolled);
        assertTrue(max >= HeatMapModel.maxAbs(now) && max >= HeatMapModel.maxAbs(rolled));
        HeatMapModel m = HeatMapModel.of(now, max);
        double largest = 0;
        for (int c = 0; c < m.columns(); c++) {
            for (int r = 0; r < m.rows(); r++) {
                HeatMapModel.Cell cell = m.cell(c, r);
                assertEquals(cell.pnlUsd() / max, cell.fraction(), 1e-12);
                largest = Math.max(largest, Math.abs(cell.fraction()));
            }
        }
        assertTrue(largest <= 1);
        // Scaled to its own largest amount, one extreme takes the full colour.
        HeatMapModel own = HeatMapModel.of(now, HeatMapModel.maxAbs(now));
        assertTrue(own.worst().fraction() == -1 || own.best().fraction() == 1);
    }

    @Test
    void worstAndBestAreTheExtremesWithTheirPlace() {
        HeatMapModel m = HeatMapModel.of(now, HeatMapModel.maxAbs(now));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < 9; j++) {
            for (int k = 0; k < 9; k++) {
                min = Math.min(min, now.pnlUsd(j, k));
                max = Math.max(max, now.pnlUsd(j, k));
            }
        }
        assertEquals(min, m.worst().pnlUsd(), 0);
        assertEquals(max, m.best().pnlUsd(), 0);
        HeatMapModel.Cell worst = m.worst();
        String expected = "index " + m.spotShiftLabel(worst.spot()) + " \u00b7 vol "
                + m.volShiftLabel(8 - worst.vol()) + " vp";
        assertEquals(expected, m.location(worst));
    }

    @Test
    void aGridWithoutTheUnmovedPointMarksNothing() {
        ScenarioGrid shifted = new ScenarioGrid(new double[] {-0.1, 0.1}, new double[] {5}, 0, VolDynamics.STICKY_STRIKE);
        HeatMapModel m = HeatMapModel.of(ScenarioRevaluer.revalue(VolBooks.chain(), shifted), 1);
        assertEquals(-1, m.currentColumn());
        assertNull(m.current());
        assertEquals("+5", m.volShiftLabel(0));
        assertEquals(0, HeatMapModel.maxAbs((ScenarioMatrix) null));
    }

    @Test
    void fractionalShiftsGetADecimal() {
        ScenarioGrid fine = new ScenarioGrid(new double[] {-0.025, 0, 0.025}, new double[] {-2.5, 0, 2.5}, 0,
                VolDynamics.STICKY_STRIKE);
        HeatMapModel m = HeatMapModel.of(ScenarioRevaluer.revalue(VolBooks.chain(), fine), 1);
        assertEquals("-2.5%", m.spotShiftLabel(0));
        assertEquals("0.0%", m.spotShiftLabel(1));
        assertEquals("+2.5", m.volShiftLabel(0));
    }
}
