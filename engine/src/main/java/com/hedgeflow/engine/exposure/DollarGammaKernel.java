package com.hedgeflow.engine.exposure;

/**
 * Total dollar gamma of a chain at any index price, exactly, without calling the pricer per point.
 *
 * <p>With the forward ratio and vol held (sticky strike) and τ fixed, each option's contribution at index
 * S' is {@code Γ_S(S')·size·S'²·0.01 = size·ratio·φ(d1)·S'·0.01/(σ√τ)}, where
 * {@code d1 = [ln(F/K) + ln(S'/S)]/(σ√τ) + σ√τ/2}. Everything but {@code ln(S'/S)} is fixed per option, so it
 * is hoisted here once and each grid point costs one exponential per option: the figure is the same as
 * {@code Black76.gamma} at the moved forward, not an expansion around today's greeks.
 */
final class DollarGammaKernel {
    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double ONE_PERCENT = 0.01;

    private final double spotUsd;
    private final int n;
    private final double[] logMoneyness;
    private final double[] invStdDev;
    private final double[] halfStdDev;
    private final double[] marketWeight;
    private final double[] ownWeight;

    DollarGammaKernel(OptionChain chain, DealerPositioning positioning, ExpiryFilter expiries) {
        int size = chain.size();
        spotUsd = chain.spotUsd();
        logMoneyness = new double[size];
        invStdDev = new double[size];
        halfStdDev = new double[size];
        marketWeight = new double[size];
        ownWeight = new double[size];
        int m = 0;
        for (int i = 0; i < size; i++) {
            double years = chain.years(i);
            double vol = chain.vol(i);
            if (years <= 0 || vol <= 0 || !expiries.includes(years)) {
                continue; // no gamma, as Black76.gamma says for expired or vol-less options
            }
            double market = positioning.sign(chain.isCall(i)) * chain.openInterestCoin(i);
            double own = chain.ownSizeCoin(i);
            if (market == 0 && own == 0) {
                continue;
            }
            double sd = vol * Math.sqrt(years);
            double ratio = chain.forwardRatio(i);
            logMoneyness[m] = Math.log(spotUsd * ratio / chain.strikeUsd(i));
            invStdDev[m] = 1 / sd;
            halfStdDev[m] = 0.5 * sd;
            marketWeight[m] = market * ratio / sd;
            ownWeight[m] = own * ratio / sd;
            m++;
        }
        n = m;
    }

    /** Whether any option carries gamma on the market side / the own side. */
    boolean hasMarket() {
        return anyNonZero(marketWeight);
    }

    boolean hasOwn() {
        return anyNonZero(ownWeight);
    }

    /** Fills both sides' USD gamma per 1% at each index price; one pass over the options per point. */
    void sweep(double[] spotsUsd, double[] marketOut, double[] ownOut) {
        for (int j = 0; j < spotsUsd.length; j++) {
            double x = Math.log(spotsUsd[j] / spotUsd);
            double market = 0;
            double own = 0;
            for (int i = 0; i < n; i++) {
                double d1 = (logMoneyness[i] + x) * invStdDev[i] + halfStdDev[i];
                double density = Math.exp(-0.5 * d1 * d1);
                market += marketWeight[i] * density;
                own += ownWeight[i] * density;
            }
            double scale = INV_SQRT_2PI * ONE_PERCENT * spotsUsd[j];
            marketOut[j] = market * scale;
            ownOut[j] = own * scale;
        }
    }

    /** One side's USD gamma per 1% at one index price. */
    double at(double spotUsdAt, boolean market) {
        double[] weight = market ? marketWeight : ownWeight;
        double x = Math.log(spotUsdAt / spotUsd);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d1 = (logMoneyness[i] + x) * invStdDev[i] + halfStdDev[i];
            sum += weight[i] * Math.exp(-0.5 * d1 * d1);
        }
        return sum * INV_SQRT_2PI * ONE_PERCENT * spotUsdAt;
    }

    private boolean anyNonZero(double[] weight) {
        for (int i = 0; i < n; i++) {
            if (weight[i] != 0) {
                return true;
            }
        }
        return false;
    }
}
