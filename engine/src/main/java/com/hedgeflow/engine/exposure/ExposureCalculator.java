package com.hedgeflow.engine.exposure;

/**
 * Re-risks a chain at its index price: prices every option once ({@link ChainGreeks}) and sums gamma, vanna
 * and charm exposure for the market (dealer-signed open interest) and the own book (signed sizes), in total
 * and per strike (analytics.md §3.2, §3.5).
 *
 * <p>Per option and coin of size: GEX = Γ_S·S²·0.01 (the USD delta a +1% move adds), vanna exposure =
 * vanna·S, charm exposure = charm·S/365. Market size is open interest × multiplier with the positioning's
 * sign; own size is the signed position. The own side's delta, vanna and charm follow the hedge-delta
 * convention (premium-adjusted for inverse options); its GEX uses Black gamma like the market's, so the two
 * can be drawn on one chart.
 */
public final class ExposureCalculator {
    private static final double ONE_PERCENT = 0.01;
    private static final double DAYS_PER_YEAR = 365.0;

    private ExposureCalculator() {
    }

    /** Every expiry, default positioning. */
    public static ExposureReport report(OptionChain chain) {
        return report(chain, DealerPositioning.DEFAULT, ExpiryFilter.all());
    }

    public static ExposureReport report(OptionChain chain, DealerPositioning positioning, ExpiryFilter expiries) {
        ChainGreeks g = ChainGreeks.of(chain);
        double spot = chain.spotUsd();
        double dollarGammaScale = spot * spot * ONE_PERCENT;
        int strikes = chain.strikeCount();
        double[] callMarket = new double[strikes];
        double[] putMarket = new double[strikes];
        double[] own = new double[strikes];
        boolean[] listed = new boolean[strikes];

        double mDelta = 0;
        double mGamma = 0;
        double mVanna = 0;
        double mCharm = 0;
        double oDelta = 0;
        double oGamma = 0;
        double oVanna = 0;
        double oCharm = 0;
        for (int i = 0; i < chain.size(); i++) {
            if (!expiries.includes(chain.years(i))) {
                continue;
            }
            int k = chain.strikeSlot(i);
            listed[k] = true;
            double market = positioning.sign(chain.isCall(i)) * chain.openInterestCoin(i);
            double mine = chain.ownSizeCoin(i);
            double gamma = g.spotGamma(i);

            double marketGex = market * gamma;
            if (chain.isCall(i)) {
                callMarket[k] += marketGex;
            } else {
                putMarket[k] += marketGex;
            }
            own[k] += mine * gamma;
            mGamma += marketGex;
            mDelta += market * g.spotDelta(i);
            mVanna += market * g.spotVanna(i);
            mCharm += market * g.spotCharmPerYear(i);
            oGamma += mine * gamma;
            oDelta += mine * g.hedgeDelta(i);
            oVanna += mine * g.hedgeVanna(i);
            oCharm += mine * g.hedgeCharmPerYear(i);
        }
        if (expiries.isAll()) {
            oDelta += chain.linearDeltaOneCoin() + chain.inverseDeltaOneUsd() / spot;
        }
        StrikeGex perStrike = compact(chain, listed, callMarket, putMarket, own, dollarGammaScale);
        ExposureTotals market = totals(spot, mDelta, mGamma, mVanna, mCharm);
        ExposureTotals mine = totals(spot, oDelta, oGamma, oVanna, oCharm);
        return new ExposureReport(chain.underlying(), spot, positioning, expiries, g, market, mine, perStrike,
                GammaWalls.of(perStrike));
    }

    /** Sums are in coin-greek units until here; one scaling at the end keeps the loop to multiply-adds. */
    private static ExposureTotals totals(double spot, double deltaCoin, double gammaCoin, double vannaCoin,
                                         double charmCoinPerYear) {
        double gexCoin = gammaCoin * spot * ONE_PERCENT;
        return new ExposureTotals(deltaCoin, deltaCoin * spot, gexCoin * spot, gexCoin, vannaCoin * spot,
                charmCoinPerYear * spot / DAYS_PER_YEAR);
    }

    private static StrikeGex compact(OptionChain chain, boolean[] listed, double[] callMarket, double[] putMarket,
                                     double[] own, double scale) {
        int m = 0;
        for (boolean l : listed) {
            if (l) {
                m++;
            }
        }
        double[] strikes = new double[m];
        double[] calls = new double[m];
        double[] puts = new double[m];
        double[] mine = new double[m];
        int j = 0;
        for (int k = 0; k < listed.length; k++) {
            if (listed[k]) {
                strikes[j] = chain.distinctStrikeUsd(k);
                calls[j] = callMarket[k] * scale;
                puts[j] = putMarket[k] * scale;
                mine[j] = own[k] * scale;
                j++;
            }
        }
        return new StrikeGex(strikes, calls, puts, mine);
    }
}
