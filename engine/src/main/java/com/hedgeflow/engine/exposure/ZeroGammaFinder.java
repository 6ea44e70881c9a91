package com.hedgeflow.engine.exposure;

import java.util.Arrays;

/**
 * Finds the index level where total dollar gamma changes sign (analytics.md §3.3): re-price every option's
 * gamma at each grid point, look for sign changes between neighbours, then narrow each one down on the exact
 * curve. The per-strike sign of GEX is not used: it says nothing about where the total flips.
 */
public final class ZeroGammaFinder {
    /** Relative width of the bracket at which refinement stops: far below any price increment. */
    private static final double TOLERANCE = 1e-10;
    private static final int MAX_ITERATIONS = 200;

    private ZeroGammaFinder() {
    }

    /** Default positioning, every expiry, ±25% in 201 points. */
    public static GammaProfile find(OptionChain chain) {
        return find(chain, DealerPositioning.DEFAULT, ExpiryFilter.all(), SpotGrid.zeroGammaDefault());
    }

    public static GammaProfile find(OptionChain chain, DealerPositioning positioning, ExpiryFilter expiries,
                                    SpotGrid grid) {
        DollarGammaKernel kernel = new DollarGammaKernel(chain, positioning, expiries);
        double spot = chain.spotUsd();
        double[] spots = new double[grid.points()];
        for (int j = 0; j < spots.length; j++) {
            spots[j] = grid.spotAt(j, spot);
        }
        double[] market = new double[spots.length];
        double[] own = new double[spots.length];
        kernel.sweep(spots, market, own);
        GammaFlip marketFlip = kernel.hasMarket() ? flip(kernel, true, spots, market, spot) : GammaFlip.noGamma();
        GammaFlip ownFlip = kernel.hasOwn() ? flip(kernel, false, spots, own, spot) : GammaFlip.noGamma();
        return new GammaProfile(spot, positioning, spots, market, own, marketFlip, ownFlip);
    }

    private static GammaFlip flip(DollarGammaKernel kernel, boolean market, double[] spots, double[] gamma,
                                  double spot) {
        double[] crossings = new double[spots.length];
        int found = 0;
        // Exact zeros carry no sign: far from the index the gamma of an option minutes from expiry underflows
        // to 0. Only a change of sign between non-zero points is a flip; a zero run between them is bracketed.
        int last = -1;
        for (int j = 0; j < spots.length; j++) {
            if (gamma[j] == 0) {
                continue;
            }
            if (last >= 0 && (gamma[last] < 0) != (gamma[j] < 0)) {
                crossings[found++] = refine(kernel, market, spots[last], gamma[last], spots[j], gamma[j]);
            }
            last = j;
        }
        if (found == 0) {
            return GammaFlip.noneInRange();
        }
        return GammaFlip.found(Arrays.copyOf(crossings, found), spot);
    }

    /**
     * Illinois false position on the exact curve: as robust as bisection inside a sign-changing bracket, but it
     * converges in a handful of evaluations because gamma is smooth in the index.
     */
    private static double refine(DollarGammaKernel kernel, boolean market, double lo, double gLo, double hi,
                                 double gHi) {
        int side = 0;
        double x = lo - gLo * (hi - lo) / (gHi - gLo);
        for (int it = 0; it < MAX_ITERATIONS && hi - lo > TOLERANCE * hi; it++) {
            double previous = x;
            x = lo - gLo * (hi - lo) / (gHi - gLo);
            double g = kernel.at(x, market);
            if (g == 0 || (it > 0 && Math.abs(x - previous) <= TOLERANCE * hi)) {
                return x;
            }
            if ((g < 0) == (gLo < 0)) {
                lo = x;
                gLo = g;
                if (side == -1) {
                    gHi *= 0.5;
                }
                side = -1;
            } else {
                hi = x;
                gHi = g;
                if (side == 1) {
                    gLo *= 0.5;
                }
                side = 1;
            }
        }
        return x;
    }
}
