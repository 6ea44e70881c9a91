package com.hedgeflow.views.flow;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.exposure.HedgeFlowProfile;
import com.hedgeflow.views.chart.TickFormat;
import com.hedgeflow.views.chart.ValueRange;
import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.format.TraderFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the hedge-flow screen shows for one analytics run of one underlying, in one unit: the forced hedge of
 * the own book and of the market's dealers over the engine's −20%…+20% grid, and at the key moves of the
 * table. Positive = buy the underlying, as in the engine's {@link HedgeFlowProfile}.
 */
public final class HedgeFlowModel {

    /** Table moves, largest rally first, the way a price ladder reads. */
    static final double[] KEY_MOVES = {0.20, 0.10, 0.05, 0.02, 0.01, -0.01, -0.02, -0.05, -0.10, -0.20};
    /** Grid shifts equal to a key move within this are that move (the grid is built by division). */
    private static final double SAME_SHIFT = 1e-9;

    public static final String SIGN_CONVENTION = "positive = buy the underlying, negative = sell";
    public static final String METHOD = "hedge = \u2212(\u0394 at the moved index \u2212 \u0394 now), every option "
            + "re-priced, vols sticky to strike, time frozen";
    public static final String DEPTH_NOTE = "order-book depth: not available from this venue feed yet";

    private final String underlying;
    private final Instant asOf;
    private final FlowUnit unit;
    private final double spotUsd;
    private final String positioning;
    private final double[] shifts;
    private final double[] own;
    private final double[] market;
    private final double ownDeltaCoin;
    private final double marketDeltaCoin;
    private final List<FlowMove> moves;

    private HedgeFlowModel(MarketAnalytics a, FlowUnit unit) {
        HedgeFlowProfile p = a.hedgeFlow();
        this.underlying = a.underlying();
        this.asOf = a.asOf();
        this.unit = unit;
        this.spotUsd = p.spotUsd();
        this.positioning = p.positioning().label();
        int n = p.points();
        shifts = new double[n];
        own = new double[n];
        market = new double[n];
        for (int j = 0; j < n; j++) {
            shifts[j] = p.shift(j);
            own[j] = unit == FlowUnit.COIN ? p.ownHedgeCoin(j) : p.ownHedgeUsd(j);
            market[j] = unit == FlowUnit.COIN ? p.marketHedgeCoin(j) : p.marketHedgeUsd(j);
        }
        ownDeltaCoin = p.ownDeltaCoin();
        marketDeltaCoin = p.marketDeltaCoin();
        int ownDecimals = coinDecimals(own);
        int marketDecimals = coinDecimals(market);
        List<FlowMove> rows = new ArrayList<>(KEY_MOVES.length);
        for (double move : KEY_MOVES) {
            rows.add(new FlowMove(move, TickFormat.percent(move), TraderFormat.fixed(spotUsd * (1 + move), 0),
                    figure(at(shifts, own, move), ownDecimals), figure(at(shifts, market, move), marketDecimals)));
        }
        moves = List.copyOf(rows);
    }

    public static HedgeFlowModel of(MarketAnalytics analytics, FlowUnit unit) {
        return new HedgeFlowModel(analytics, unit);
    }

    /**
     * The value at {@code shift}: the grid point itself when there is one, else linear between the neighbours,
     * NaN outside the grid (never extrapolated: the flow is non-linear).
     */
    static double at(double[] xs, double[] ys, double shift) {
        for (int j = 0; j < xs.length; j++) {
            if (Math.abs(xs[j] - shift) <= SAME_SHIFT) {
                return ys[j];
            }
        }
        for (int j = 0; j + 1 < xs.length; j++) {
            if (xs[j] < shift && shift < xs[j + 1]) {
                double t = (shift - xs[j]) / (xs[j + 1] - xs[j]);
                return ys[j] + t * (ys[j + 1] - ys[j]);
            }
        }
        return Double.NaN;
    }

    private Figure figure(double v, int coinDecimals) {
        if (unit == FlowUnit.USD) {
            return Figure.signed(v, TraderFormat.signedUsd(v));
        }
        return Figure.signed(v, TraderFormat.signed(v, coinDecimals));
    }

    /**
     * Hundredths of a coin matter for a desk's hedge; for the market's thousands they are noise. Decided per
     * column, so that the decimal points of one column line up.
     */
    static int coinDecimals(double[] series) {
        double largest = 0;
        for (double v : series) {
            if (Double.isFinite(v)) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        return largest >= 1_000 ? 0 : 2;
    }

    public String underlying() {
        return underlying;
    }

    public Instant asOf() {
        return asOf;
    }

    public FlowUnit unit() {
        return unit;
    }

    /** "BTC" or "USD": what the numbers are counted in. */
    public String unitLabel() {
        return unit == FlowUnit.COIN ? underlying : "USD";
    }

    public double spotUsd() {
        return spotUsd;
    }

    public String positioning() {
        return positioning;
    }

    public double[] shifts() {
        return shifts.clone();
    }

    public double[] ownHedge() {
        return own.clone();
    }

    public double[] marketHedge() {
        return market.clone();
    }

    public boolean hasOwnFlow() {
        return ValueRange.hasSignal(own);
    }

    public boolean hasMarketFlow() {
        return ValueRange.hasSignal(market);
    }

    public List<FlowMove> moves() {
        return moves;
    }

    /** The hedge at one key move (e.g. 0.05), or null when it is not a table move. */
    public FlowMove move(double shift) {
        for (FlowMove m : moves) {
            if (Math.abs(m.shift() - shift) <= SAME_SHIFT) {
                return m;
            }
        }
        return null;
    }

    public String ownHeader() {
        return "Own book, " + unitLabel();
    }

    public String marketHeader() {
        return "Dealers, " + unitLabel();
    }

    /** The deltas the flow is measured from, for the caption under the table. */
    public String deltaNow() {
        return "delta now: own " + TraderFormat.signed(ownDeltaCoin, 2) + " " + underlying + "  \u00b7  dealers "
                + TraderFormat.signed(marketDeltaCoin, 0) + " " + underlying;
    }

    public String chartSubtitle() {
        return "x: index move  \u00b7  y: " + unitLabel() + " to trade, " + SIGN_CONVENTION;
    }

    /** The assumption behind the dealers' curve, written on the chart's legend line. */
    public String marketAssumption() {
        return "dealers' curve assumes " + positioning;
    }

    /** The caption under the chart: sign, method and the market's assumption, in words. */
    public String convention() {
        return "Sign: " + SIGN_CONVENTION + ".  " + METHOD + ".  USD is the coin quantity at the moved index.  "
                + "Market figures assume " + positioning + ".";
    }
}
