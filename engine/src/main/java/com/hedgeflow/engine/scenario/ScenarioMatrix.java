package com.hedgeflow.engine.scenario;

/**
 * Own-book P&L by full revaluation for each (index move, vol move) of a {@link ScenarioGrid}, in two numeraires:
 * USD (change of the book's USD value) and coin (change of its value in coin, i.e. USD value over the index
 * at each end; for inverse options that is the change of the coin mark, what a coin-margined account sees).
 */
public final class ScenarioMatrix {
    private final ScenarioGrid grid;
    private final double spotUsd;
    private final double[] pnlUsd;
    private final double[] pnlCoin;

    ScenarioMatrix(ScenarioGrid grid, double spotUsd, double[] pnlUsd, double[] pnlCoin) {
        this.grid = grid;
        this.spotUsd = spotUsd;
        this.pnlUsd = pnlUsd;
        this.pnlCoin = pnlCoin;
    }

    public ScenarioGrid grid() {
        return grid;
    }

    /** The index the moves start from, USD. */
    public double spotUsd() {
        return spotUsd;
    }

    /** Index after move {@code j}, USD. */
    public double spotUsd(int j) {
        return spotUsd * (1 + grid.spotShift(j));
    }

    /** P&L in USD for index move {@code j} and vol move {@code k}. */
    public double pnlUsd(int j, int k) {
        return pnlUsd[j * grid.volCount() + k];
    }

    /** P&L in coin for index move {@code j} and vol move {@code k}. */
    public double pnlCoin(int j, int k) {
        return pnlCoin[j * grid.volCount() + k];
    }
}
