package com.hedgeflow.views.chart;

/**
 * Ranges for a left and a right y axis that put zero on the same pixel row.
 *
 * <p>The market's gamma is hundreds of times the desk's, so the own book gets its own (right) axis or it would
 * be a flat line; but both are read against zero (long or short gamma, buy or sell), so the zero lines must
 * coincide or the eye would compare the wrong things.
 */
public final class ZeroAlignedAxes {

    /** Headroom above the tallest value and below the deepest, so that bars never touch the frame. */
    static final double HEADROOM = 1.08;
    /** Least share of the height kept for a side that has values, so that a small side stays readable. */
    static final double MIN_SIDE = 0.12;

    private final ValueRange left;
    private final ValueRange right;
    private final double upperShare;

    private ZeroAlignedAxes(ValueRange left, ValueRange right, double upperShare) {
        this.left = left;
        this.right = right;
        this.upperShare = upperShare;
    }

    /**
     * @param left  the data range of the left (primary) series, zero included
     * @param right the data range of the right series, zero included; the left one decides the split when it
     *              has data
     */
    public static ZeroAlignedAxes of(ValueRange left, ValueRange right) {
        double leftUp = Math.max(0, left.max());
        double leftDown = Math.max(0, -left.min());
        double rightUp = Math.max(0, right.max());
        double rightDown = Math.max(0, -right.min());
        boolean anyUp = leftUp > 0 || rightUp > 0;
        boolean anyDown = leftDown > 0 || rightDown > 0;

        double share;
        if (leftUp + leftDown > 0) {
            share = leftUp / (leftUp + leftDown);
        } else if (rightUp + rightDown > 0) {
            share = rightUp / (rightUp + rightDown);
        } else {
            share = 0.5;
        }
        // A side that only the other series uses still needs room.
        if (anyUp && anyDown) {
            share = Math.min(1 - MIN_SIDE, Math.max(MIN_SIDE, share));
        }
        return new ZeroAlignedAxes(stretch(leftUp, leftDown, share), stretch(rightUp, rightDown, share), share);
    }

    private static ValueRange stretch(double up, double down, double share) {
        double total = 0;
        if (share > 0) {
            total = Math.max(total, up / share);
        }
        if (share < 1) {
            total = Math.max(total, down / (1 - share));
        }
        if (total == 0) {
            total = 1; // nothing to show: keep a unit axis so that zero still has a place
        }
        total *= HEADROOM;
        return new ValueRange(-(1 - share) * total, share * total);
    }

    public ValueRange left() {
        return left;
    }

    public ValueRange right() {
        return right;
    }

    /** The share of the plot height above zero, 0..1. */
    public double upperShare() {
        return upperShare;
    }
}
