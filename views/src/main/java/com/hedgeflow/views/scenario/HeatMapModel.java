package com.hedgeflow.views.scenario;

import com.hedgeflow.engine.scenario.ScenarioGrid;
import com.hedgeflow.engine.scenario.ScenarioMatrix;
import com.hedgeflow.views.format.TraderFormat;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The scenario matrix laid out as the heat map draws it: index moves left to right (down moves on the left, as on
 * a price axis), vol moves top to bottom with the biggest vol rise on top, each cell's P&L already formatted and
 * placed on the colour scale. Built once per analytics update; a resize only re-lays the cells.
 */
final class HeatMapModel {

    /** Shifts this close to zero are the unmoved market (the grid's steps are computed, not typed). */
    static final double ZERO = 1e-9;

    /**
     * One cell.
     *
     * @param spot      index of the spot move in the matrix
     * @param vol       index of the vol move in the matrix
     * @param fraction  P&L against the colour scale's largest amount, in [−1, 1]
     */
    record Cell(int spot, int vol, double pnlUsd, String text, double fraction) {
    }

    private final ScenarioMatrix matrix;
    private final Integer[] columnOrder;
    private final Integer[] rowOrder;
    private final Cell[][] cells;
    private final double scaleMaxAbs;
    private final int spotDecimals;
    private final int volDecimals;

    private HeatMapModel(ScenarioMatrix matrix, double scaleMaxAbs) {
        this.matrix = matrix;
        this.scaleMaxAbs = scaleMaxAbs;
        ScenarioGrid grid = matrix.grid();
        columnOrder = order(grid.spotCount(), Comparator.comparingDouble(grid::spotShift));
        rowOrder = order(grid.volCount(), Comparator.comparingDouble((Integer k) -> grid.volShiftPoints(k)).reversed());
        cells = new Cell[columnOrder.length][rowOrder.length];
        for (int c = 0; c < columnOrder.length; c++) {
            for (int r = 0; r < rowOrder.length; r++) {
                int j = columnOrder[c];
                int k = rowOrder[r];
                double pnl = matrix.pnlUsd(j, k);
                cells[c][r] = new Cell(j, k, pnl, CompactUsd.signed(pnl), DivergingScale.fraction(pnl, scaleMaxAbs));
            }
        }
        double[] spotPercent = new double[grid.spotCount()];
        for (int j = 0; j < spotPercent.length; j++) {
            spotPercent[j] = 100 * grid.spotShift(j);
        }
        double[] vols = new double[grid.volCount()];
        for (int k = 0; k < vols.length; k++) {
            vols[k] = grid.volShiftPoints(k);
        }
        spotDecimals = decimals(spotPercent);
        volDecimals = decimals(vols);
    }

    /**
     * @param scaleMaxAbs the P&L that gets the strongest colour; pass the largest over every matrix the user can
     *                    toggle between, so that switching views keeps colours comparable
     */
    static HeatMapModel of(ScenarioMatrix matrix, double scaleMaxAbs) {
        return new HeatMapModel(matrix, scaleMaxAbs);
    }

    /** The largest absolute P&L over the matrices given (nulls skipped). */
    static double maxAbs(ScenarioMatrix... matrices) {
        double max = 0;
        for (ScenarioMatrix m : matrices) {
            if (m == null) {
                continue;
            }
            for (int j = 0; j < m.grid().spotCount(); j++) {
                for (int k = 0; k < m.grid().volCount(); k++) {
                    double v = Math.abs(m.pnlUsd(j, k));
                    if (Double.isFinite(v)) {
                        max = Math.max(max, v);
                    }
                }
            }
        }
        return max;
    }

    int columns() {
        return columnOrder.length;
    }

    int rows() {
        return rowOrder.length;
    }

    /** Column {@code column} from the left, row {@code row} from the top. */
    Cell cell(int column, int row) {
        return cells[column][row];
    }

    ScenarioMatrix matrix() {
        return matrix;
    }

    double scaleMaxAbs() {
        return scaleMaxAbs;
    }

    /** {@code -20%}, {@code 0%}, {@code +5%}. */
    String spotShiftLabel(int column) {
        return TraderFormat.signed(100 * matrix.grid().spotShift(columnOrder[column]), spotDecimals) + "%";
    }

    /** The index after the move, as traders quote it ({@code 48,000}). */
    String spotPriceLabel(int column) {
        double price = matrix.spotUsd(columnOrder[column]);
        return TraderFormat.fixed(price, price >= 1000 ? 0 : price >= 10 ? 2 : 4);
    }

    /** {@code +20}, {@code 0}, {@code -5}: vol points. */
    String volShiftLabel(int row) {
        return TraderFormat.signed(matrix.grid().volShiftPoints(rowOrder[row]), volDecimals);
    }

    /** The column of the unmoved index, or −1 when the grid has none. */
    int currentColumn() {
        for (int c = 0; c < columnOrder.length; c++) {
            if (Math.abs(matrix.grid().spotShift(columnOrder[c])) < ZERO) {
                return c;
            }
        }
        return -1;
    }

    /** The row of the unmoved vol, or −1. */
    int currentRow() {
        for (int r = 0; r < rowOrder.length; r++) {
            if (Math.abs(matrix.grid().volShiftPoints(rowOrder[r])) < ZERO) {
                return r;
            }
        }
        return -1;
    }

    /** The unmoved cell (no index or vol move: zero P&L now, pure time decay when rolled), or {@code null}. */
    Cell current() {
        int c = currentColumn();
        int r = currentRow();
        return c < 0 || r < 0 ? null : cells[c][r];
    }

    Cell worst() {
        return extreme(false);
    }

    Cell best() {
        return extreme(true);
    }

    /** {@code -20% · +20 vp}: where a cell sits, for the summary beside the map. */
    String location(Cell cell) {
        int c = Arrays.asList(columnOrder).indexOf(cell.spot());
        int r = Arrays.asList(rowOrder).indexOf(cell.vol());
        return "index " + spotShiftLabel(c) + " \u00b7 vol " + volShiftLabel(r) + " vp";
    }

    private Cell extreme(boolean highest) {
        Cell found = null;
        for (Cell[] column : cells) {
            for (Cell cell : column) {
                if (Double.isFinite(cell.pnlUsd()) && (found == null
                        || (highest ? cell.pnlUsd() > found.pnlUsd() : cell.pnlUsd() < found.pnlUsd()))) {
                    found = cell;
                }
            }
        }
        return found;
    }

    private static Integer[] order(int count, Comparator<Integer> by) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, by);
        return order;
    }

    /** 0 when every value is a whole number (the default grid), else 1. */
    private static int decimals(double[] values) {
        for (double v : values) {
            if (Math.abs(v - Math.rint(v)) > 1e-6) {
                return 1;
            }
        }
        return 0;
    }
}
