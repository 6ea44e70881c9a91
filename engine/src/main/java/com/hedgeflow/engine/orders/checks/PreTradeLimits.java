package com.hedgeflow.engine.orders.checks;

import com.hedgeflow.engine.market.InstrumentKey;
import java.time.Duration;
import java.util.Map;

/**
 * The thresholds of the pre-trade checks for one underlying. Defaults follow risk-controls.md §1.3 and are meant
 * to be tuned per desk; an instrument without {@link InstrumentLimits} cannot be traded at all (fail closed).
 *
 * @param maxNotionalUsdSoft   PT-01 soft order notional
 * @param maxNotionalUsdHard   PT-01 hard order notional
 * @param maxNetDeltaCoin      PT-04 the net delta an order may not push the underlying beyond
 * @param collarBps            PT-02 how far a limit may sit from the mark
 * @param maxMarkAge           PT-02 how old the mark may be
 * @param maxFeedSilence       PT-15 how long a needed venue may go without a message
 * @param duplicateWindow      PT-07 same instrument, side and size within this is a duplicate
 * @param fatFingerMultiple    PT-08 k: sizes above k × the typical size are suspect
 * @param throttleWindow       PT-09 the window of the per-venue order count
 * @param maxOrdersPerVenue    PT-09 orders per venue per window
 * @param maxOrdersPerInstrumentPerSecond PT-09 orders per instrument per second
 * @param overshootToleranceCoin PT-06 how far past the target a hedge may land
 */
public record PreTradeLimits(double maxNotionalUsdSoft, double maxNotionalUsdHard, double maxNetDeltaCoin,
                             double collarBps, Duration maxMarkAge, Duration maxFeedSilence,
                             Duration duplicateWindow, double fatFingerMultiple, Duration throttleWindow,
                             int maxOrdersPerVenue, int maxOrdersPerInstrumentPerSecond,
                             double overshootToleranceCoin, Map<InstrumentKey, InstrumentLimits> instruments) {

    /** How many recent orders the fat-finger median looks at, and how many it needs before it trusts them. */
    public static final int FAT_FINGER_HISTORY = 20;
    public static final int FAT_FINGER_MIN_HISTORY = 5;

    public PreTradeLimits {
        if (!(maxNotionalUsdSoft > 0) || !(maxNotionalUsdHard >= maxNotionalUsdSoft) || !(maxNetDeltaCoin > 0)
                || !(collarBps > 0) || !(fatFingerMultiple > 1) || maxOrdersPerVenue < 1
                || maxOrdersPerInstrumentPerSecond < 1 || !(overshootToleranceCoin >= 0)) {
            throw new IllegalArgumentException("pre-trade limits out of range: notional soft " + maxNotionalUsdSoft
                    + " hard " + maxNotionalUsdHard + ", net delta " + maxNetDeltaCoin + ", collar " + collarBps
                    + " bps, fat finger x" + fatFingerMultiple + ", throttle " + maxOrdersPerVenue + "/"
                    + maxOrdersPerInstrumentPerSecond + ", overshoot " + overshootToleranceCoin);
        }
        for (Duration d : new Duration[] {maxMarkAge, maxFeedSilence, duplicateWindow, throttleWindow}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("pre-trade limit durations must be positive, got " + d);
            }
        }
        instruments = Map.copyOf(instruments);
    }

    /**
     * Desk defaults: a ±150 bps collar on a mark at most 2 s old, feeds silent at most 5 s, a 10 s duplicate
     * window, fat finger at 5× the median clip, at most 20 orders per venue per 10 s and 5 per instrument per
     * second (well under Deribit's and Binance's budgets), 0.01 coin of overshoot.
     */
    public static PreTradeLimits standard(double maxNotionalUsdSoft, double maxNotionalUsdHard,
                                          double maxNetDeltaCoin, Map<InstrumentKey, InstrumentLimits> instruments) {
        return new PreTradeLimits(maxNotionalUsdSoft, maxNotionalUsdHard, maxNetDeltaCoin, 150,
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), 5, Duration.ofSeconds(10),
                20, 5, 0.01, instruments);
    }

    public InstrumentLimits limitsFor(InstrumentKey key) {
        return instruments.get(key);
    }

    public PreTradeLimits withCollar(double bps, Duration markAge) {
        return new PreTradeLimits(maxNotionalUsdSoft, maxNotionalUsdHard, maxNetDeltaCoin, bps, markAge,
                maxFeedSilence, duplicateWindow, fatFingerMultiple, throttleWindow, maxOrdersPerVenue,
                maxOrdersPerInstrumentPerSecond, overshootToleranceCoin, instruments);
    }

    public PreTradeLimits withThrottle(Duration window, int perVenue, int perInstrumentPerSecond) {
        return new PreTradeLimits(maxNotionalUsdSoft, maxNotionalUsdHard, maxNetDeltaCoin, collarBps, maxMarkAge,
                maxFeedSilence, duplicateWindow, fatFingerMultiple, window, perVenue, perInstrumentPerSecond,
                overshootToleranceCoin, instruments);
    }
}
