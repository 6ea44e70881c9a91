package com.hedgeflow.views.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The axis and layout arithmetic behind every canvas chart; no toolkit needed. */
class ChartMathTest {

    @Test
    void ticksAreRoundMultiplesInsideTheRange() {
        assertEquals(20, NiceScale.step(100, 5), 0);
        assertEquals(2.5, NiceScale.step(11, 5), 0);
        assertArrayEquals(new double[]{-2.5, 0, 2.5, 5, 7.5}, NiceScale.ticks(-3.2, 7.9, 5), 1e-12);
        assertArrayEquals(new double[]{-2, 0, 2, 4, 6}, NiceScale.ticks(-3.2, 7.9, 6), 1e-12);
        assertArrayEquals(new double[]{80_000, 90_000, 100_000, 110_000},
                NiceScale.ticks(71_250, 118_750, 6), 1e-6);
        double[] ticks = NiceScale.ticks(-0.3, 0.3, 6);
        assertEquals(0.0, ticks[3], 0);
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(ticks[3]), "no -0 label");
        assertEquals(0, NiceScale.ticks(5, 5, 4).length, "an empty range has no ticks");
        assertEquals(0, NiceScale.ticks(Double.NaN, 1, 4).length);
    }

    @Test
    void aYScaleRunsUpwardsOnScreen() {
        LinearScale y = new LinearScale(-10, 10, 200, 0);
        assertEquals(100, y.toPixel(0), 1e-12);
        assertEquals(0, y.toPixel(10), 1e-12);
        assertEquals(5, y.toValue(50), 1e-12);
        assertEquals(50, new LinearScale(3, 3, 0, 100).toPixel(3), 1e-12, "a flat domain draws mid-way");
    }

    @Test
    void bothAxesPutZeroOnTheSameRow() {
        ZeroAlignedAxes axes = ZeroAlignedAxes.of(new ValueRange(-20, 10), new ValueRange(-1, 5));
        double leftZero = axes.left().max() / axes.left().span();
        double rightZero = axes.right().max() / axes.right().span();
        assertEquals(leftZero, rightZero, 1e-12);
        assertTrue(axes.left().min() <= -20 && axes.left().max() >= 10);
        assertTrue(axes.right().min() <= -1 && axes.right().max() >= 5, "the right series fits: " + axes.right());

        // Market only short gamma, own book long: the upper side still gets a readable share.
        ZeroAlignedAxes oneSided = ZeroAlignedAxes.of(new ValueRange(-8, 0), new ValueRange(-1, 2));
        assertEquals(ZeroAlignedAxes.MIN_SIDE, oneSided.upperShare(), 1e-12);
        assertTrue(oneSided.right().max() >= 2);

        // Nothing at all: a unit axis, zero in the middle.
        ZeroAlignedAxes none = ZeroAlignedAxes.of(new ValueRange(0, 0), new ValueRange(0, 0));
        assertEquals(0.5, none.upperShare(), 0);
        assertTrue(none.left().span() > 0);
    }

    @Test
    void valueRangesIgnoreGapsAndKeepZero() {
        ValueRange r = ValueRange.withZero(new double[]{3, Double.NaN, 7}, new double[]{Double.POSITIVE_INFINITY});
        assertEquals(0, r.min(), 0);
        assertEquals(7, r.max(), 0);
        assertTrue(ValueRange.hasSignal(new double[]{0, Double.NaN, -1e-9}));
        assertTrue(!ValueRange.hasSignal(new double[]{0, Double.NaN}));
    }

    @Test
    void labelsAreShortAndRound() {
        assertEquals("95k", TickFormat.kUsd(95_000));
        assertEquals("97.5k", TickFormat.kUsd(97_500));
        assertEquals("3.25k", TickFormat.kUsd(3_250));
        assertEquals("950", TickFormat.kUsd(950));
        assertEquals("95.3k", TickFormat.kUsd1(95_316.11));
        assertEquals("$1.2M", TickFormat.compactUsd(1_200_000));
        assertEquals("-$350k", TickFormat.compactUsd(-350_000));
        assertEquals("$2.5B", TickFormat.compactUsd(2.5e9));
        assertEquals("$0", TickFormat.compactUsd(0));
        assertEquals("$0", TickFormat.compactUsd(-0.001));
        assertEquals("\u2014", TickFormat.compactUsd(Double.NaN));
        assertEquals("-1.25k", TickFormat.compact(-1_250));
        assertEquals("0.25", TickFormat.compact(0.25));
        assertEquals("+5%", TickFormat.percent(0.05));
        assertEquals("-20%", TickFormat.percent(-0.2));
        assertEquals("+2.5%", TickFormat.percent(0.025));
        assertEquals("0%", TickFormat.percent(-1e-12));
    }

    @Test
    void hairlinesLandOnDevicePixels() {
        assertEquals(10.5, PixelSnap.line(10.2, 1), 1e-12);
        assertEquals(10.5, PixelSnap.line(10.9, 1), 1e-12);
        assertEquals(10.0, PixelSnap.line(10.2, 2), 1e-12, "two device pixels centred on a logical boundary");
        assertEquals(11.0, PixelSnap.line(10.8, 2), 1e-12);
        assertEquals(10.5, PixelSnap.edge(10.3, 2), 1e-12);
        assertEquals(10.0, PixelSnap.edge(10.3, 1), 1e-12);
    }

    @Test
    void captionsThatWouldOverlapGoToAnotherRow() {
        // Spot at 500 and the put wall 20 px away: two 80 px captions cannot share a row.
        List<MarkerLabels.Placement> p = MarkerLabels.layout(
                new double[]{500, 520, 900}, new double[]{80, 80, 80}, 0, 1000, 4, 3);
        assertEquals(0, p.get(0).row());
        assertEquals(1, p.get(1).row());
        assertEquals(0, p.get(2).row(), "a caption far away reuses the first row");
        assertEquals(460, p.get(0).left(), 1e-12, "centred on its marker");
        assertEquals(2, MarkerLabels.rowsUsed(p));

        // A caption at the plot's edge is pulled inside.
        List<MarkerLabels.Placement> edge = MarkerLabels.layout(new double[]{995}, new double[]{80}, 0, 1000, 4, 3);
        assertEquals(920, edge.get(0).left(), 1e-12);

        // More captions than rows: the third slides right past the first row's caption instead of covering it.
        List<MarkerLabels.Placement> crowded = MarkerLabels.layout(
                new double[]{500, 501, 502}, new double[]{80, 80, 80}, 0, 1000, 4, 2);
        assertEquals(3, crowded.size());
        assertEquals(2, MarkerLabels.rowsUsed(crowded));
        assertEquals(0, crowded.get(2).row());
        assertEquals(crowded.get(0).right() + 4, crowded.get(2).left(), 1e-12);
    }
}
