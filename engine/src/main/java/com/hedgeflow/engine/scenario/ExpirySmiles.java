package com.hedgeflow.engine.scenario;

import com.hedgeflow.engine.exposure.OptionChain;
import java.util.Arrays;

/**
 * Today's smile of each expiry as vol against strike, read from the chain itself: where a call and a put
 * share a strike their vols are averaged. Between strikes vol is linear in log-strike; beyond the wings it
 * stays flat, because extrapolating a slope there invents vols no option was quoted at.
 */
final class ExpirySmiles {
    private final int[] start;
    private final double[] logStrike;
    private final double[] vol;

    ExpirySmiles(OptionChain chain) {
        int expiries = chain.expiryCount();
        int n = chain.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Group by expiry, then strike, so each expiry's smile is one ascending run.
        Arrays.sort(order, (a, b) -> {
            int byExpiry = Integer.compare(chain.expirySlot(a), chain.expirySlot(b));
            return byExpiry != 0 ? byExpiry : Double.compare(chain.strikeUsd(a), chain.strikeUsd(b));
        });
        start = new int[expiries + 1];
        double[] ks = new double[n];
        double[] vs = new double[n];
        int m = 0;
        int at = 0;
        for (int e = 0; e < expiries; e++) {
            start[e] = m;
            while (at < n && chain.expirySlot(order[at]) == e) {
                double strike = chain.strikeUsd(order[at]);
                double sum = 0;
                int count = 0;
                while (at < n && chain.expirySlot(order[at]) == e && chain.strikeUsd(order[at]) == strike) {
                    sum += chain.vol(order[at]);
                    count++;
                    at++;
                }
                ks[m] = Math.log(strike);
                vs[m] = sum / count;
                m++;
            }
        }
        start[expiries] = m;
        logStrike = Arrays.copyOf(ks, m);
        vol = Arrays.copyOf(vs, m);
    }

    /** Today's vol of expiry slot {@code expiry} at {@code strikeUsd}. */
    double volAt(int expiry, double strikeUsd) {
        int lo = start[expiry];
        int hi = start[expiry + 1] - 1;
        double k = Math.log(strikeUsd);
        if (k <= logStrike[lo]) {
            return vol[lo];
        }
        if (k >= logStrike[hi]) {
            return vol[hi];
        }
        int found = Arrays.binarySearch(logStrike, lo, hi + 1, k);
        if (found >= 0) {
            return vol[found];
        }
        int right = -found - 1;
        int left = right - 1;
        double w = (k - logStrike[left]) / (logStrike[right] - logStrike[left]);
        return vol[left] + w * (vol[right] - vol[left]);
    }
}
