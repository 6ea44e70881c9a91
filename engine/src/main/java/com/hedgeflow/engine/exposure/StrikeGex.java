package com.hedgeflow.engine.exposure;

/**
 * Gamma exposure per strike, USD per 1% index move, for the strikes that have at least one option in the
 * chosen expiries, ascending. Market figures are signed by the report's {@link DealerPositioning}; the own
 * figures use the book's signed sizes. Gamma is Black-76 with respect to the index ({@code Γ_F·ratio²}).
 */
public final class StrikeGex {
    private final double[] strikeUsd;
    private final double[] callMarket;
    private final double[] putMarket;
    private final double[] own;

    StrikeGex(double[] strikeUsd, double[] callMarket, double[] putMarket, double[] own) {
        this.strikeUsd = strikeUsd;
        this.callMarket = callMarket;
        this.putMarket = putMarket;
        this.own = own;
    }

    public int size() {
        return strikeUsd.length;
    }

    public double strikeUsd(int k) {
        return strikeUsd[k];
    }

    /** Dealer-signed GEX of the calls at this strike, USD per 1%. */
    public double callGexMarketUsd(int k) {
        return callMarket[k];
    }

    /** Dealer-signed GEX of the puts at this strike, USD per 1%. */
    public double putGexMarketUsd(int k) {
        return putMarket[k];
    }

    /** Calls plus puts, netted, USD per 1%. */
    public double netGexMarketUsd(int k) {
        return callMarket[k] + putMarket[k];
    }

    /** |calls| + |puts|, not netted: how much gamma sits at the strike whatever its sign, USD per 1%. */
    public double grossGexMarketUsd(int k) {
        return Math.abs(callMarket[k]) + Math.abs(putMarket[k]);
    }

    /** Own book GEX at this strike (calls and puts netted), USD per 1%. */
    public double gexOwnUsd(int k) {
        return own[k];
    }

    public double[] strikesUsd() {
        return strikeUsd.clone();
    }

    public double[] netGexMarketUsd() {
        double[] net = new double[strikeUsd.length];
        for (int k = 0; k < net.length; k++) {
            net[k] = netGexMarketUsd(k);
        }
        return net;
    }

    public double[] gexOwnUsd() {
        return own.clone();
    }
}
