package com.hedgeflow.views.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Places the captions of vertical markers (spot, zero gamma, walls) in rows above a plot so that none covers
 * another: spot and the put wall are often a strike apart, and a caption printed over another is unreadable.
 * Each caption stays centred on its marker where it can, is kept inside the plot, and drops to the next row when
 * the row it would sit in is taken. When all rows are taken it slides sideways instead.
 */
public final class MarkerLabels {

    /** One caption's place. */
    public record Placement(double left, double width, int row) {
        public double right() {
            return left + width;
        }
    }

    private MarkerLabels() {
    }

    /**
     * @param centers caption centres (the markers' x), any order
     * @param widths  caption widths
     * @param gap     least space between two captions in one row
     * @param maxRows rows available; when all are taken, the caption goes after the row that ends first
     * @return one placement per caption, in the order given
     */
    public static List<Placement> layout(double[] centers, double[] widths, double minX, double maxX, double gap,
                                         int maxRows) {
        int n = centers.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> centers[i]));
        double[] rowEnd = new double[Math.max(1, maxRows)];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        Placement[] placed = new Placement[n];
        for (int i : order) {
            double w = widths[i];
            double left = Math.max(minX, Math.min(centers[i] - w / 2, maxX - w));
            int row = -1;
            for (int r = 0; r < rowEnd.length; r++) {
                if (rowEnd[r] + gap <= left) {
                    row = r;
                    break;
                }
            }
            if (row < 0) {
                // Every row is taken here: use the one that ends first and slide the caption right past its
                // end (its connector still points at the marker), unless that would push it out of the plot.
                row = 0;
                for (int r = 1; r < rowEnd.length; r++) {
                    if (rowEnd[r] < rowEnd[row]) {
                        row = r;
                    }
                }
                left = Math.min(rowEnd[row] + gap, maxX - w);
            }
            placed[i] = new Placement(left, w, row);
            rowEnd[row] = Math.max(rowEnd[row], left + w);
        }
        return new ArrayList<>(Arrays.asList(placed));
    }

    /** Rows actually used by a layout (0 for no captions). */
    public static int rowsUsed(List<Placement> placements) {
        int rows = 0;
        for (Placement p : placements) {
            rows = Math.max(rows, p.row() + 1);
        }
        return rows;
    }
}
