package com.hedgeflow.engine.exposure;

/**
 * The delta hedge that each index move would force, by full revaluation: at shifted index S' the hedge is
 * {@code −(Δ(S') − Δ(S))}, positive = buy. Coin is what gets traded; USD is that quantity at the shifted index
 * (the notional of the trade). Comparing delta in USD, {@code Δ(S')·S' − Δ(S)·S}, would also count the
 * revaluation of the delta already held, which is not a trade.
 *
 * <p>Own book: hedge delta (premium-adjusted for inverse options, plus delta-one hedges). Market: the dealer
 * delta under {@link #positioning()} (Black spot delta); its flow for small moves is {@code −GEX × move%}.
 */
public final class HedgeFlowProfile {
    private final double spotUsd;
    private final DealerPositioning positioning;
    private final double[] shifts;
    private final double[] ownHedgeCoin;
    private final double[] marketHedgeCoin;
    private final double ownDeltaCoin;
    private final double marketDeltaCoin;

    HedgeFlowProfile(double spotUsd, DealerPositioning positioning, double[] shifts, double[] ownHedgeCoin,
                     double[] marketHedgeCoin, double ownDeltaCoin, double marketDeltaCoin) {
        this.spotUsd = spotUsd;
        this.positioning = positioning;
        this.shifts = shifts;
        this.ownHedgeCoin = ownHedgeCoin;
        this.marketHedgeCoin = marketHedgeCoin;
        this.ownDeltaCoin = ownDeltaCoin;
        this.marketDeltaCoin = marketDeltaCoin;
    }

    public double spotUsd() {
        return spotUsd;
    }

    public DealerPositioning positioning() {
        return positioning;
    }

    public int points() {
        return shifts.length;
    }

    /** Relative index move of point {@code j}, e.g. -0.20. */
    public double shift(int j) {
        return shifts[j];
    }

    public double spotUsd(int j) {
        return spotUsd * (1 + shifts[j]);
    }

    /** Own hedge forced by move {@code j}, coin, positive = buy. */
    public double ownHedgeCoin(int j) {
        return ownHedgeCoin[j];
    }

    /** Own hedge forced by move {@code j}, USD notional at the shifted index. */
    public double ownHedgeUsd(int j) {
        return ownHedgeCoin[j] * spotUsd(j);
    }

    /** Dealers' hedge forced by move {@code j}, coin, positive = buy. */
    public double marketHedgeCoin(int j) {
        return marketHedgeCoin[j];
    }

    /** Dealers' hedge forced by move {@code j}, USD notional at the shifted index. */
    public double marketHedgeUsd(int j) {
        return marketHedgeCoin[j] * spotUsd(j);
    }

    /** Own hedge delta at the current index, coin. */
    public double ownDeltaCoin() {
        return ownDeltaCoin;
    }

    /** Dealer delta at the current index, coin. */
    public double marketDeltaCoin() {
        return marketDeltaCoin;
    }
}
