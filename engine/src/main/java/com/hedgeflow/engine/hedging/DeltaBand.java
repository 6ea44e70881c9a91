package com.hedgeflow.engine.hedging;

/**
 * A no-trade band on net delta, in coin: inside it the book is left alone, outside it a hedge brings delta back
 * to the nearest edge. The utility-based bands (Whalley–Wilmott, Zakamouline) show that trading to the edge, not
 * to the centre, is what minimises cost for a given risk.
 */
public record DeltaBand(double lowerCoin, double upperCoin) {
    public DeltaBand {
        if (!Double.isFinite(lowerCoin) || !Double.isFinite(upperCoin) || lowerCoin > upperCoin) {
            throw new IllegalArgumentException("a delta band needs finite edges with lower <= upper, got ["
                    + lowerCoin + ", " + upperCoin + "]");
        }
    }

    public static DeltaBand around(double centreCoin, double halfWidthCoin) {
        return new DeltaBand(centreCoin - halfWidthCoin, centreCoin + halfWidthCoin);
    }

    public boolean contains(double deltaCoin) {
        return deltaCoin >= lowerCoin && deltaCoin <= upperCoin;
    }

    /** The edge a delta outside the band is brought back to; the delta itself when it is inside. */
    public double nearestEdge(double deltaCoin) {
        return Math.min(upperCoin, Math.max(lowerCoin, deltaCoin));
    }

    @Override
    public String toString() {
        return String.format("[%.4f, %.4f]", lowerCoin, upperCoin);
    }
}
