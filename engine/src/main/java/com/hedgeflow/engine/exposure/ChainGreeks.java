package com.hedgeflow.engine.exposure;

import com.hedgeflow.engine.pricing.Normal;

/**
 * Every option's greeks at the chain's index price, per coin of notional, one array per greek.
 *
 * <p>Two families, because the market and the desk hedge different things:
 * <ul>
 *   <li><b>Spot greeks</b> ({@code spot*}, {@code vegaUsdPerVol}, {@code thetaUsdPerYear}): Black-76 on the
 *       forward {@code F = S·ratio}, differentiated with respect to the index S. With the ratio fixed,
 *       {@code Δ_S = ratio·Δ_F}, {@code Γ_S = ratio²·Γ_F}, vanna and charm scale by {@code ratio}. These are
 *       the greeks of the USD payoff value that dealers hedge, whatever the settlement (venues publish
 *       gamma without premium adjustment), and drive every market figure.</li>
 *   <li><b>Hedge greeks</b> ({@code hedge*}): the own book's delta convention from {@link OptionValuation}
 *       (premium-adjusted for inverse options) and its sensitivities to vol and calendar time, so the own
 *       vanna and charm exposures say how the delta the desk actually hedges will drift.</li>
 * </ul>
 * Units: delta coin per coin; gamma coin per coin per USD; vanna coin per coin per 1.00 vol; charm coin per
 * coin per year; vega USD per 1.00 vol; theta USD per year.
 */
public final class ChainGreeks {
    private final double spotUsd;
    private final double[] valueUsd;
    private final double[] valueCoin;
    private final double[] spotDelta;
    private final double[] spotGamma;
    private final double[] spotVanna;
    private final double[] spotCharmPerYear;
    private final double[] vegaUsdPerVol;
    private final double[] thetaUsdPerYear;
    private final double[] hedgeDelta;
    private final double[] hedgeVanna;
    private final double[] hedgeCharmPerYear;

    private ChainGreeks(int n, double spotUsd) {
        this.spotUsd = spotUsd;
        valueUsd = new double[n];
        valueCoin = new double[n];
        spotDelta = new double[n];
        spotGamma = new double[n];
        spotVanna = new double[n];
        spotCharmPerYear = new double[n];
        vegaUsdPerVol = new double[n];
        thetaUsdPerYear = new double[n];
        hedgeDelta = new double[n];
        hedgeVanna = new double[n];
        hedgeCharmPerYear = new double[n];
    }

    /**
     * Prices every option of the chain once, at its index price.
     *
     * <p>The Black-76 greeks are written out here rather than taken from {@code Black76.greeks}: that method
     * returns a record and is 335 bytecodes long, over HotSpot's inlining limit (FreqInlineSize = 325), so the
     * record escapes and a 2,000-option re-risk would allocate 2,000 of them. Same formulas, zero rate;
     * {@code ChainGreeksTest} holds the two to each other.
     */
    public static ChainGreeks of(OptionChain chain) {
        int n = chain.size();
        double spot = chain.spotUsd();
        ChainGreeks out = new ChainGreeks(n, spot);
        for (int i = 0; i < n; i++) {
            double ratio = chain.forwardRatio(i);
            double forward = spot * ratio;
            double strike = chain.strikeUsd(i);
            double vol = chain.vol(i);
            double years = chain.years(i);
            boolean call = chain.isCall(i);
            double price;
            double delta;
            double gamma = 0;
            double vega = 0;
            double theta = 0;
            double vanna = 0;
            double charm = 0;
            if (years <= 0 || vol <= 0) {
                // At expiry or with no vol the option is its intrinsic value, as Black76 prices it.
                price = Math.max(call ? forward - strike : strike - forward, 0.0);
                boolean inTheMoney = call ? forward > strike : forward < strike;
                delta = inTheMoney ? (call ? 1.0 : -1.0) : 0.0;
            } else {
                double sqrtT = Math.sqrt(years);
                double sd = vol * sqrtT;
                double d1 = Math.log(forward / strike) / sd + 0.5 * sd;
                double d2 = d1 - sd;
                double pdf = Normal.pdf(d1);
                double sign = call ? 1.0 : -1.0;
                double nd1 = Normal.cdf(sign * d1);
                double nd2 = Normal.cdf(sign * d2);
                price = sign * (forward * nd1 - strike * nd2);
                delta = sign * nd1;
                gamma = pdf / (forward * sd);
                vega = forward * pdf * sqrtT;
                theta = -forward * pdf * vol / (2 * sqrtT);
                vanna = -pdf * d2 / vol;
                charm = pdf * d2 / (2 * years);
            }
            out.spotDelta[i] = ratio * delta;
            out.spotGamma[i] = ratio * ratio * gamma;
            out.spotVanna[i] = ratio * vanna;
            out.spotCharmPerYear[i] = ratio * charm;
            out.vegaUsdPerVol[i] = vega;
            out.thetaUsdPerYear[i] = theta;
            if (chain.isInverse(i)) {
                double priceCoin = price / forward;
                out.valueCoin[i] = priceCoin;
                out.valueUsd[i] = priceCoin * spot;
                // d/dσ and d/dt of (Δ_F − Black/F) with F fixed: the premium moves by vega/F and theta/F.
                out.hedgeDelta[i] = delta - priceCoin;
                out.hedgeVanna[i] = vanna - vega / forward;
                out.hedgeCharmPerYear[i] = charm - theta / forward;
            } else {
                out.valueUsd[i] = price;
                out.valueCoin[i] = price / spot;
                out.hedgeDelta[i] = out.spotDelta[i];
                out.hedgeVanna[i] = out.spotVanna[i];
                out.hedgeCharmPerYear[i] = out.spotCharmPerYear[i];
            }
        }
        return out;
    }

    public int size() {
        return valueUsd.length;
    }

    /** The index price these greeks were taken at, USD. */
    public double spotUsd() {
        return spotUsd;
    }

    /** USD value of one coin of notional as its holder marks it (inverse: coin mark × index). */
    public double valueUsd(int i) {
        return valueUsd[i];
    }

    /** Coin value of one coin of notional (inverse: the coin mark). */
    public double valueCoin(int i) {
        return valueCoin[i];
    }

    /** Black-76 delta with respect to the index, coin per coin. */
    public double spotDelta(int i) {
        return spotDelta[i];
    }

    /** Black-76 gamma with respect to the index, {@code Γ_F·ratio²}, coin per coin per USD. */
    public double spotGamma(int i) {
        return spotGamma[i];
    }

    /** d(spot delta)/d(vol), coin per coin per 1.00 vol. */
    public double spotVanna(int i) {
        return spotVanna[i];
    }

    /** Spot delta gained per year of calendar time, coin per coin (forward ratio held). */
    public double spotCharmPerYear(int i) {
        return spotCharmPerYear[i];
    }

    /** Black-76 vega of the USD payoff value, USD per coin per 1.00 vol. */
    public double vegaUsdPerVol(int i) {
        return vegaUsdPerVol[i];
    }

    /** Black-76 theta of the USD payoff value, USD per coin per year. */
    public double thetaUsdPerYear(int i) {
        return thetaUsdPerYear[i];
    }

    /** The delta the own book hedges, coin per coin (premium-adjusted for inverse options). */
    public double hedgeDelta(int i) {
        return hedgeDelta[i];
    }

    /** d(hedge delta)/d(vol), coin per coin per 1.00 vol. */
    public double hedgeVanna(int i) {
        return hedgeVanna[i];
    }

    /** Hedge delta gained per year of calendar time, coin per coin. */
    public double hedgeCharmPerYear(int i) {
        return hedgeCharmPerYear[i];
    }
}
