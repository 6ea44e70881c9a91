package com.hedgeflow.engine.exposure;

/**
 * Builds a {@link HedgeFlowProfile} (analytics.md §3.6) by re-pricing every option's delta at each shifted
 * index: forwards move with the index, vols stay with their strikes, time is frozen. Delta-one hedges are
 * revalued too: an inverse perpetual's coin delta {@code N/S'} changes with the index.
 */
public final class HedgeFlowCalculator {
    private HedgeFlowCalculator() {
    }

    /** Default positioning, every expiry, −20%..+20% in 41 points. */
    public static HedgeFlowProfile profile(OptionChain chain) {
        return profile(chain, DealerPositioning.DEFAULT, ExpiryFilter.all(), SpotGrid.hedgeFlowDefault());
    }

    public static HedgeFlowProfile profile(OptionChain chain, DealerPositioning positioning, ExpiryFilter expiries,
                                           SpotGrid shifts) {
        double spot = chain.spotUsd();
        double ownBase = ownDelta(chain, expiries, spot);
        double marketBase = marketDelta(chain, positioning, expiries, spot);
        double[] shift = new double[shifts.points()];
        double[] own = new double[shift.length];
        double[] market = new double[shift.length];
        for (int j = 0; j < shift.length; j++) {
            shift[j] = shifts.shift(j);
            double moved = spot * (1 + shift[j]);
            own[j] = ownBase - ownDelta(chain, expiries, moved);
            market[j] = marketBase - marketDelta(chain, positioning, expiries, moved);
        }
        return new HedgeFlowProfile(spot, positioning, shift, own, market, ownBase, marketBase);
    }

    /** Own hedge delta at index {@code spotUsd}, coin. */
    static double ownDelta(OptionChain chain, ExpiryFilter expiries, double spotUsd) {
        double delta = 0;
        for (int i = 0; i < chain.size(); i++) {
            double size = chain.ownSizeCoin(i);
            if (size == 0 || !expiries.includes(chain.years(i))) {
                continue;
            }
            delta += size * OptionValuation.hedgeDeltaCoin(chain.type(i), chain.isInverse(i), spotUsd,
                    chain.forwardRatio(i), chain.strikeUsd(i), chain.vol(i), chain.years(i));
        }
        if (expiries.isAll()) {
            delta += chain.linearDeltaOneCoin() + chain.inverseDeltaOneUsd() / spotUsd;
        }
        return delta;
    }

    /** Dealer delta at index {@code spotUsd}, coin. */
    static double marketDelta(OptionChain chain, DealerPositioning positioning, ExpiryFilter expiries,
                              double spotUsd) {
        double delta = 0;
        for (int i = 0; i < chain.size(); i++) {
            double size = chain.openInterestCoin(i);
            if (size == 0 || !expiries.includes(chain.years(i))) {
                continue;
            }
            delta += positioning.sign(chain.isCall(i)) * size * OptionValuation.spotDelta(chain.type(i), spotUsd,
                    chain.forwardRatio(i), chain.strikeUsd(i), chain.vol(i), chain.years(i));
        }
        return delta;
    }
}
