package com.hedgeflow.engine.orders;

import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.Settlement;

/**
 * Venue units for hedge instruments. Inverse perpetuals and futures trade in USD, in multiples of the contract
 * size (10 USD on Deribit BTC); linear products trade in coin, in steps of the minimum trade amount. Sizes are
 * always rounded down: a hedge a little short of the band edge is safe, one past it is an overshoot.
 */
public final class LotSize {
    /** Absorbs binary noise so that 0.3/0.1 counts as exactly three lots. */
    private static final double EPS = 1e-9;

    private LotSize() {
    }

    /** Only delta-one instruments hedge delta; options would bring gamma and vega with them. */
    public static boolean canHedge(Instrument i) {
        return i.kind() == InstrumentKind.PERPETUAL || i.kind() == InstrumentKind.FUTURE
                || i.kind() == InstrumentKind.SPOT;
    }

    static boolean usdSized(Instrument i) {
        return i.settlement() == Settlement.INVERSE && i.kind() != InstrumentKind.SPOT;
    }

    /** The increment a size must be a multiple of. */
    public static double step(Instrument i) {
        if (usdSized(i)) {
            return i.contractSize();
        }
        return i.minTradeAmount() > 0 ? i.minTradeAmount() : i.contractSize();
    }

    /** The smallest size the venue accepts. */
    public static double minimum(Instrument i) {
        return Math.max(step(i), i.minTradeAmount());
    }

    /** What the size is counted in, for screens: {@code USD} or the coin. */
    public static String unit(Instrument i) {
        return usdSized(i) ? "USD" : i.underlying();
    }

    /**
     * The unsigned venue size that changes delta by at most {@code |deltaCoin|}: USD = ΔD·S for inverse products,
     * coin for linear ones, rounded down to the step. Zero when less than the minimum.
     */
    public static double sizeFor(Instrument i, double deltaCoin, double spot) {
        requireHedgeable(i);
        double raw = usdSized(i) ? Math.abs(deltaCoin) * spot : Math.abs(deltaCoin);
        double size = roundDown(raw, step(i));
        return size + EPS * step(i) >= minimum(i) ? size : 0.0;
    }

    /** Delta in coin of an unsigned venue size at the index: USD/S for inverse products (as the risk snapshot). */
    public static double deltaCoin(Instrument i, double size, double spot) {
        requireHedgeable(i);
        return usdSized(i) ? size / spot : size;
    }

    /** USD notional of a venue size at a price. */
    public static double notionalUsd(Instrument i, double size, double price) {
        return usdSized(i) ? size : size * price;
    }

    public static boolean onStep(double size, double step) {
        double lots = size / step;
        return Math.abs(lots - Math.rint(lots)) < 1e-6;
    }

    public static double roundDown(double value, double step) {
        return step * Math.floor(value / step + EPS);
    }

    public static double roundUp(double value, double step) {
        return step * Math.ceil(value / step - EPS);
    }

    private static void requireHedgeable(Instrument i) {
        if (!canHedge(i)) {
            throw new IllegalArgumentException(i.key() + " is " + i.kind() + ": only perpetuals, futures and spot"
                    + " hedge delta");
        }
    }
}
