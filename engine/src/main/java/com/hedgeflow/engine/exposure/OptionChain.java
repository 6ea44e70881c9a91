package com.hedgeflow.engine.exposure;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import java.util.Arrays;

/**
 * One underlying's listed options as exposure calculations need them: the market (open interest) and the
 * desk's own book (signed sizes) side by side, filled by the risk calculator from each snapshot.
 *
 * <p>Stored as parallel primitive arrays, one slot per option, so the sweeps that re-price the whole chain
 * hundreds of times walk memory in order and create no object per option. Instances are immutable;
 * {@link #withSpot(double)} shares the arrays, so an index tick costs nothing to apply.
 *
 * <p>Each option's forward is {@code spot × forwardRatio}: moving the index moves every forward in
 * proportion, which is how a dated future (or the forward implied by the venue's underlying price) follows
 * the index over a risk horizon. The chain has no rate: crypto venues quote with a zero rate, so the
 * discount factor is 1 throughout.
 *
 * <p>Besides options the chain can carry the own book's delta-one hedges (perpetuals, futures), because a
 * coin-margined desk's forced hedge depends on them too: an inverse perpetual's coin delta {@code N/S}
 * changes with the index.
 */
public final class OptionChain {
    private final String underlying;
    private final double spotUsd;
    private final double[] strikeUsd;
    private final boolean[] call;
    private final double[] years;
    private final double[] forwardRatio;
    private final double[] vol;
    private final boolean[] inverse;
    private final double[] multiplierCoin;
    private final double[] openInterestContracts;
    private final double[] ownSizeCoin;
    private final int[] strikeSlot;
    private final double[] distinctStrikesUsd;
    private final int[] expirySlot;
    private final double[] distinctExpiryYears;
    private final double linearDeltaOneCoin;
    private final double inverseDeltaOneUsd;

    private OptionChain(Builder b, double spotUsd) {
        int n = b.size;
        this.underlying = b.underlying;
        this.spotUsd = spotUsd;
        this.strikeUsd = Arrays.copyOf(b.strikeUsd, n);
        this.call = Arrays.copyOf(b.call, n);
        this.years = Arrays.copyOf(b.years, n);
        this.forwardRatio = Arrays.copyOf(b.forwardRatio, n);
        this.vol = Arrays.copyOf(b.vol, n);
        this.inverse = Arrays.copyOf(b.inverse, n);
        this.multiplierCoin = Arrays.copyOf(b.multiplierCoin, n);
        this.openInterestContracts = Arrays.copyOf(b.openInterestContracts, n);
        this.ownSizeCoin = Arrays.copyOf(b.ownSizeCoin, n);
        this.distinctStrikesUsd = distinctSorted(strikeUsd);
        this.strikeSlot = slots(strikeUsd, distinctStrikesUsd);
        this.distinctExpiryYears = distinctSorted(years);
        this.expirySlot = slots(years, distinctExpiryYears);
        this.linearDeltaOneCoin = b.linearDeltaOneCoin;
        this.inverseDeltaOneUsd = b.inverseDeltaOneUsd;
    }

    private OptionChain(OptionChain base, double spotUsd) {
        this.underlying = base.underlying;
        this.spotUsd = spotUsd;
        this.strikeUsd = base.strikeUsd;
        this.call = base.call;
        this.years = base.years;
        this.forwardRatio = base.forwardRatio;
        this.vol = base.vol;
        this.inverse = base.inverse;
        this.multiplierCoin = base.multiplierCoin;
        this.openInterestContracts = base.openInterestContracts;
        this.ownSizeCoin = base.ownSizeCoin;
        this.strikeSlot = base.strikeSlot;
        this.distinctStrikesUsd = base.distinctStrikesUsd;
        this.expirySlot = base.expirySlot;
        this.distinctExpiryYears = base.distinctExpiryYears;
        this.linearDeltaOneCoin = base.linearDeltaOneCoin;
        this.inverseDeltaOneUsd = base.inverseDeltaOneUsd;
    }

    public static Builder builder(String underlying, double spotUsd) {
        return new Builder(underlying, spotUsd);
    }

    /** The same options and book at another index price; forwards move in proportion. */
    public OptionChain withSpot(double newSpotUsd) {
        return new OptionChain(this, requirePositive(newSpotUsd, "spot"));
    }

    public String underlying() {
        return underlying;
    }

    /** Index price in USD. */
    public double spotUsd() {
        return spotUsd;
    }

    public int size() {
        return strikeUsd.length;
    }

    public double strikeUsd(int i) {
        return strikeUsd[i];
    }

    public boolean isCall(int i) {
        return call[i];
    }

    public OptionType type(int i) {
        return call[i] ? OptionType.CALL : OptionType.PUT;
    }

    /** ACT/365 years to expiry; zero or less for an option expiring now. */
    public double years(int i) {
        return years[i];
    }

    /** Forward over index, held fixed when the index moves. */
    public double forwardRatio(int i) {
        return forwardRatio[i];
    }

    /** Forward in USD at the chain's index price. */
    public double forwardUsd(int i) {
        return spotUsd * forwardRatio[i];
    }

    /** Implied vol, decimal (0.55 = 55 vol points), against the forward. */
    public double vol(int i) {
        return vol[i];
    }

    public boolean isInverse(int i) {
        return inverse[i];
    }

    public Settlement settlement(int i) {
        return inverse[i] ? Settlement.INVERSE : Settlement.LINEAR;
    }

    /** Coin of underlying per contract (1 BTC on Deribit BTC options). */
    public double multiplierCoin(int i) {
        return multiplierCoin[i];
    }

    /** The market's open interest, in contracts (unsigned). */
    public double openInterestContracts(int i) {
        return openInterestContracts[i];
    }

    /** Open interest as coin of underlying: contracts × multiplier. */
    public double openInterestCoin(int i) {
        return openInterestContracts[i] * multiplierCoin[i];
    }

    /** The desk's own position in coin of underlying: positive long, negative short. */
    public double ownSizeCoin(int i) {
        return ownSizeCoin[i];
    }

    /** Index of this option's strike in {@link #distinctStrikesUsd()}. */
    public int strikeSlot(int i) {
        return strikeSlot[i];
    }

    public int strikeCount() {
        return distinctStrikesUsd.length;
    }

    /** Every strike listed, ascending, once each. */
    public double[] distinctStrikesUsd() {
        return distinctStrikesUsd.clone();
    }

    public double distinctStrikeUsd(int slot) {
        return distinctStrikesUsd[slot];
    }

    /** Index of this option's expiry in {@link #expiryYears()}. */
    public int expirySlot(int i) {
        return expirySlot[i];
    }

    public int expiryCount() {
        return distinctExpiryYears.length;
    }

    /** Every expiry listed, in years, ascending, once each; pass one to {@link ExpiryFilter#only(double)}. */
    public double[] expiryYears() {
        return distinctExpiryYears.clone();
    }

    /** Own linear perpetuals, futures and spot, in coin (signed): their coin delta is the size itself. */
    public double linearDeltaOneCoin() {
        return linearDeltaOneCoin;
    }

    /** Own inverse perpetuals and futures as signed USD notional (10 × contracts on Deribit BTC): coin delta N/S. */
    public double inverseDeltaOneUsd() {
        return inverseDeltaOneUsd;
    }

    /** Whether any option has a non-zero own size or there is a delta-one hedge. */
    public boolean hasOwnBook() {
        if (linearDeltaOneCoin != 0 || inverseDeltaOneUsd != 0) {
            return true;
        }
        for (double s : ownSizeCoin) {
            if (s != 0) {
                return true;
            }
        }
        return false;
    }

    private static double[] distinctSorted(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (m == 0 || sorted[i] != sorted[m - 1]) {
                sorted[m++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, m);
    }

    private static int[] slots(double[] values, double[] distinct) {
        int[] slot = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            slot[i] = Arrays.binarySearch(distinct, values[i]);
        }
        return slot;
    }

    private static double requirePositive(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
        }
        return v;
    }

    private static double requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be finite, got " + v);
        }
        return v;
    }

    /**
     * Collects options one by one. Options without a usable vol should be left out by the caller (they cannot
     * be priced); the builder rejects them rather than guess.
     */
    public static final class Builder {
        private final String underlying;
        private final double spotUsd;
        private int size;
        private double[] strikeUsd = new double[64];
        private boolean[] call = new boolean[64];
        private double[] years = new double[64];
        private double[] forwardRatio = new double[64];
        private double[] vol = new double[64];
        private boolean[] inverse = new boolean[64];
        private double[] multiplierCoin = new double[64];
        private double[] openInterestContracts = new double[64];
        private double[] ownSizeCoin = new double[64];
        private double linearDeltaOneCoin;
        private double inverseDeltaOneUsd;

        private Builder(String underlying, double spotUsd) {
            if (underlying == null || underlying.isBlank()) {
                throw new IllegalArgumentException("underlying must be named");
            }
            this.underlying = underlying;
            this.spotUsd = requirePositive(spotUsd, "spot");
        }

        /**
         * @param strikeUsd             strike in USD
         * @param years                 ACT/365 years to expiry (zero or negative: expiring, valued at intrinsic)
         * @param forwardRatio          forward / index, e.g. the option's underlying future over the index
         * @param vol                   implied vol, decimal
         * @param multiplierCoin        coin per contract
         * @param openInterestContracts market open interest, contracts
         * @param ownSizeCoin           own position, coin, signed
         */
        public Builder add(OptionType type, double strikeUsd, double years, double forwardRatio, double vol,
                           Settlement settlement, double multiplierCoin, double openInterestContracts,
                           double ownSizeCoin) {
            if (type == null || settlement == null) {
                throw new IllegalArgumentException("option type and settlement are required");
            }
            requirePositive(strikeUsd, "strike");
            requireFinite(years, "years to expiry");
            requirePositive(forwardRatio, "forward ratio");
            if (!(vol >= 0) || Double.isInfinite(vol)) {
                throw new IllegalArgumentException("vol must be finite and >= 0, got " + vol);
            }
            requirePositive(multiplierCoin, "contract multiplier");
            if (!(openInterestContracts >= 0) || Double.isInfinite(openInterestContracts)) {
                throw new IllegalArgumentException("open interest must be finite and >= 0, got "
                        + openInterestContracts);
            }
            requireFinite(ownSizeCoin, "own size");
            if (size == this.strikeUsd.length) {
                grow();
            }
            this.strikeUsd[size] = strikeUsd;
            this.call[size] = type == OptionType.CALL;
            this.years[size] = years + 0.0; // one key for 0.0 and -0.0 when grouping expiries
            this.forwardRatio[size] = forwardRatio;
            this.vol[size] = vol;
            this.inverse[size] = settlement == Settlement.INVERSE;
            this.multiplierCoin[size] = multiplierCoin;
            this.openInterestContracts[size] = openInterestContracts;
            this.ownSizeCoin[size] = ownSizeCoin;
            size++;
            return this;
        }

        /** Adds own delta-one hedges: linear ones in coin, inverse ones as USD notional (both signed). */
        public Builder deltaOne(double linearCoin, double inverseUsd) {
            this.linearDeltaOneCoin += requireFinite(linearCoin, "linear delta-one size");
            this.inverseDeltaOneUsd += requireFinite(inverseUsd, "inverse delta-one notional");
            return this;
        }

        public OptionChain build() {
            return new OptionChain(this, spotUsd);
        }

        private void grow() {
            int n = strikeUsd.length * 2;
            strikeUsd = Arrays.copyOf(strikeUsd, n);
            call = Arrays.copyOf(call, n);
            years = Arrays.copyOf(years, n);
            forwardRatio = Arrays.copyOf(forwardRatio, n);
            vol = Arrays.copyOf(vol, n);
            inverse = Arrays.copyOf(inverse, n);
            multiplierCoin = Arrays.copyOf(multiplierCoin, n);
            openInterestContracts = Arrays.copyOf(openInterestContracts, n);
            ownSizeCoin = Arrays.copyOf(ownSizeCoin, n);
        }
    }
}
