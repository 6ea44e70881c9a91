package com.hedgeflow.engine.exposure;

/**
 * Total dollar gamma (USD per 1% move) re-priced at every index price of a grid, for the market (dealer-signed)
 * and the own book, with each side's zero-gamma level. Sticky strike: each option keeps its vol and forward
 * ratio; time is frozen.
 */
public final class GammaProfile {
    private final double spotUsd;
    private final DealerPositioning positioning;
    private final double[] spotsUsd;
    private final double[] marketGexUsd;
    private final double[] ownGexUsd;
    private final GammaFlip marketFlip;
    private final GammaFlip ownFlip;

    GammaProfile(double spotUsd, DealerPositioning positioning, double[] spotsUsd, double[] marketGexUsd,
                 double[] ownGexUsd, GammaFlip marketFlip, GammaFlip ownFlip) {
        this.spotUsd = spotUsd;
        this.positioning = positioning;
        this.spotsUsd = spotsUsd;
        this.marketGexUsd = marketGexUsd;
        this.ownGexUsd = ownGexUsd;
        this.marketFlip = marketFlip;
        this.ownFlip = ownFlip;
    }

    /** The index price the grid is centred on, USD. */
    public double spotUsd() {
        return spotUsd;
    }

    public DealerPositioning positioning() {
        return positioning;
    }

    public int points() {
        return spotsUsd.length;
    }

    public double spotUsd(int j) {
        return spotsUsd[j];
    }

    /** Market total GEX if the index were at point {@code j}, USD per 1%. */
    public double marketGexUsdPer1Pct(int j) {
        return marketGexUsd[j];
    }

    /** Own book total GEX if the index were at point {@code j}, USD per 1%. */
    public double ownGexUsdPer1Pct(int j) {
        return ownGexUsd[j];
    }

    public double[] spotsUsd() {
        return spotsUsd.clone();
    }

    public double[] marketGexUsdPer1Pct() {
        return marketGexUsd.clone();
    }

    public double[] ownGexUsdPer1Pct() {
        return ownGexUsd.clone();
    }

    /** The market's zero-gamma level under {@link #positioning()}. */
    public GammaFlip marketFlip() {
        return marketFlip;
    }

    /** The own book's zero-gamma level. */
    public GammaFlip ownFlip() {
        return ownFlip;
    }
}
