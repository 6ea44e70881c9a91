package com.hedgeflow.engine.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.NoImpliedVolException.Reason;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Round trips price(vol) → implied vol over one minute to three years, vols 1% to 500%, strikes up to eight
 * standard deviations either side of the forward; the bound on pricing calls per solve; every refusal.
 */
class ImpliedVolTest {
    private static final double ONE_MINUTE = 1.0 / 525_600;
    private static final double EPS = Math.ulp(1.0);
    /** The requirement, written out rather than read from the solver so that raising the cap fails here. */
    private static final int MAX_EVALUATIONS = 10;

    @Provide
    Arbitrary<Double> years() {
        return logUniform(ONE_MINUTE, 3.0);
    }

    @Provide
    Arbitrary<Double> vols() {
        return logUniform(0.01, 5.0);
    }

    /** Even over orders of magnitude, with both ends among jqwik's edge cases. */
    static Arbitrary<Double> logUniform(double low, double high) {
        return Arbitraries.doubles().between(0, 1).ofScale(12)
                .map(u -> u == 1.0 ? high : Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))));
    }

    /**
     * Out of (or at) the money the price determines the vol to far better than 1e-10 everywhere on the grid:
     * the accuracy asked for holds without qualification.
     */
    @Property(tries = 5000)
    void outOfTheMoneyPricesGiveBackTheirVol(@ForAll("years") double years, @ForAll("vols") double vol,
                                             @ForAll @DoubleRange(min = -8, max = 8) @Scale(12) double deviations,
                                             @ForAll @DoubleRange(min = 100, max = 200_000) double forward,
                                             @ForAll @DoubleRange(min = 0.5, max = 1.05) @Scale(12) double df) {
        double strike = forward * Math.exp(-deviations * vol * Math.sqrt(years));
        OptionType type = strike >= forward ? OptionType.CALL : OptionType.PUT;
        double price = Black76.price(type, forward, strike, vol, years, df);

        Counter counter = new Counter();
        double implied = ImpliedVol.of(type, forward, strike, years, df, price, counter);

        assertEquals(vol, implied, 1e-10);
        assertTrue(counter.evaluations <= MAX_EVALUATIONS, counter.evaluations + " evaluations");
        Statistics.label("evaluations").collect(counter.evaluations);
    }

    /**
     * In the money the price is mostly intrinsic value and carries the vol only in its time value; the vol is
     * then recovered as well as a few ulps of the price allow (dσ = dP / vega), and to 1e-10 where that is finer.
     */
    @Property(tries = 5000)
    void inTheMoneyPricesGiveBackTheirVolAsFarAsThePriceDeterminesIt(
            @ForAll("years") double years, @ForAll("vols") double vol,
            @ForAll @DoubleRange(min = 0.001, max = 8) @Scale(12) double deviations,
            @ForAll @DoubleRange(min = 100, max = 200_000) double forward,
            @ForAll @DoubleRange(min = 0.5, max = 1.05) @Scale(12) double df,
            @ForAll boolean call) {
        double shift = deviations * vol * Math.sqrt(years);
        double strike = forward * Math.exp(call ? -shift : shift);
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double price = Black76.price(type, forward, strike, vol, years, df);
        // Only prices that still carry time value after rounding are invertible.
        Assume.that(price > df * Math.abs(forward - strike));

        Counter counter = new Counter();
        double implied = ImpliedVol.of(type, forward, strike, years, df, price, counter);

        double vega = Black76.greeks(type, forward, strike, vol, years, df).vega();
        double conditioning = 8 * EPS * df * (forward + strike) / vega;
        assertEquals(vol, implied, 1e-10 + conditioning);
        assertTrue(counter.evaluations <= MAX_EVALUATIONS, counter.evaluations + " evaluations");
        Statistics.label("well conditioned (price pins the vol to 1e-11)").collect(conditioning < 1e-11);
        Statistics.label("evaluations").collect(counter.evaluations);
    }

    /** Re-pricing at the implied vol gives back the price to a few ulps: the answer is always a true solution. */
    @Property(tries = 3000)
    void repricingAtTheImpliedVolGivesBackThePrice(@ForAll("years") double years, @ForAll("vols") double vol,
                                                   @ForAll @DoubleRange(min = -8, max = 8) @Scale(12) double deviations,
                                                   @ForAll @DoubleRange(min = 0.5, max = 1.05) @Scale(12) double df,
                                                   @ForAll boolean call) {
        double forward = 95_000;
        double strike = forward * Math.exp(-deviations * vol * Math.sqrt(years));
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double price = Black76.price(type, forward, strike, vol, years, df);
        Assume.that(price > df * Math.max(call ? forward - strike : strike - forward, 0.0));

        double implied = ImpliedVol.of(type, forward, strike, years, df, price);

        double repriced = Black76.price(type, forward, strike, implied, years, df);
        assertEquals(price, repriced, 16 * EPS * df * (forward + strike) + 1e-12 * price);
    }

    /** A fixed grid a trader would recognise, both sides of the forward, every point checked. */
    @Test
    void everyPointOfATradersGridRoundTrips() {
        double[] expiries = {ONE_MINUTE, 1.0 / 8760, 1.0 / 365, 7.0 / 365, 30.0 / 365, 91.0 / 365, 1.0, 3.0};
        double[] vols = {0.01, 0.03, 0.1, 0.3, 0.6, 1.0, 2.0, 3.5, 5.0};
        double[] deviations = {-8, -6, -4, -3, -2, -1, -0.5, -0.1, 0, 0.1, 0.5, 1, 2, 3, 4, 6, 8};
        double forward = 95_000;
        int worst = 0;
        for (double years : expiries) {
            for (double vol : vols) {
                for (double z : deviations) {
                    double strike = forward * Math.exp(-z * vol * Math.sqrt(years));
                    for (OptionType type : OptionType.values()) {
                        double price = Black76.price(type, forward, strike, vol, years, 1.0);
                        if (!(price > Math.max(type == OptionType.CALL ? forward - strike : strike - forward, 0))) {
                            continue;
                        }
                        Counter counter = new Counter();
                        double implied = ImpliedVol.of(type, forward, strike, years, 1.0, price, counter);
                        double vega = Black76.greeks(type, forward, strike, vol, years, 1.0).vega();
                        double tolerance = 1e-10 + 8 * EPS * (forward + strike) / vega;
                        String where = type + " T=" + years + " vol=" + vol + " z=" + z;
                        assertEquals(vol, implied, tolerance, where);
                        worst = Math.max(worst, counter.evaluations);
                    }
                }
            }
        }
        assertTrue(worst <= MAX_EVALUATIONS, "worst case took " + worst + " evaluations");
    }

    @Test
    void hullFuturesOptionBackToItsVol() {
        // Hull: F = K = 20, r = 9%, T = 4 months, vol 25% prices at 1.1166 (rounded), so about 25% comes back.
        double df = Math.exp(-0.09 * 4.0 / 12.0);
        assertEquals(0.25, ImpliedVol.of(OptionType.PUT, 20, 20, 4.0 / 12.0, df, 1.1166), 1e-4);
    }

    @Test
    void deribitCoinMarkBackToItsVol() {
        // A coin-settled mark is inverted on its USD value: σ = IV_Black76(C_btc·F, F, K, T).
        double forward = 95_321.5;
        double years = 30.0 / 365;
        double coin = InverseOption.priceCoin(OptionType.CALL, forward, 110_000, 0.5512, years);
        assertEquals(0.5512, ImpliedVol.of(OptionType.CALL, forward, 110_000, years, 1.0, coin * forward), 1e-12);
    }

    @Test
    void strikesOneUlpFromTheForwardAreSolvedLikeAnyOther() {
        for (double strike : new double[] {Math.nextUp(100.0), Math.nextDown(100.0), 100.0}) {
            for (double years : new double[] {ONE_MINUTE, 1.0}) {
                for (double vol : new double[] {0.01, 1.0, 5.0}) {
                    for (OptionType type : OptionType.values()) {
                        double price = Black76.price(type, 100, strike, vol, years, 1.0);
                        Counter counter = new Counter();
                        double implied = ImpliedVol.of(type, 100, strike, years, 1.0, price, counter);
                        assertEquals(vol, implied, 1e-12, type + " K=" + strike + " T=" + years);
                        assertTrue(counter.evaluations <= MAX_EVALUATIONS);
                    }
                }
            }
        }
    }

    @Test
    void priceExactlyAtIntrinsicIsZeroVol() {
        assertEquals(0.0, ImpliedVol.of(OptionType.CALL, 110, 100, 0.5, 1.0, 10.0), 0.0);
        assertEquals(0.0, ImpliedVol.of(OptionType.PUT, 90, 100, 0.5, 0.98, 0.98 * 10.0), 0.0);
        assertEquals(9.8, Black76.price(OptionType.PUT, 90, 100, 0.0, 0.5, 0.98), 1e-15);
    }

    @Test
    void justBelowTheMaximumIsAHugeButFiniteVol() {
        double price = Math.nextDown(100.0);
        double vol = ImpliedVol.of(OptionType.CALL, 100, 100, 1.0, 1.0, price);
        assertTrue(vol > 10 && Double.isFinite(vol), "vol " + vol);
    }

    @Test
    void belowIntrinsicIsRefused() {
        assertRefused(Reason.BELOW_INTRINSIC, "9.0",
                () -> ImpliedVol.of(OptionType.CALL, 110, 100, 0.5, 0.99, 9.0));
        assertRefused(Reason.BELOW_INTRINSIC, "4.5",
                () -> ImpliedVol.of(OptionType.PUT, 95, 100, 0.5, 1.0, 4.5));
    }

    @Test
    void atOrAboveTheMaximumIsRefused() {
        assertRefused(Reason.AT_OR_ABOVE_MAXIMUM, "99.0",
                () -> ImpliedVol.of(OptionType.CALL, 100, 80, 0.5, 0.99, 99.0));
        assertRefused(Reason.AT_OR_ABOVE_MAXIMUM, "120.0",
                () -> ImpliedVol.of(OptionType.CALL, 100, 80, 0.5, 1.0, 120.0));
        assertRefused(Reason.AT_OR_ABOVE_MAXIMUM, "80.0",
                () -> ImpliedVol.of(OptionType.PUT, 100, 80, 0.5, 1.0, 80.0));
    }

    @Test
    void noTimeLeftIsRefused() {
        assertRefused(Reason.NON_POSITIVE_TIME, "years 0.0",
                () -> ImpliedVol.of(OptionType.CALL, 100, 100, 0.0, 1.0, 1.0));
        assertRefused(Reason.NON_POSITIVE_TIME, "years -0.01",
                () -> ImpliedVol.of(OptionType.PUT, 100, 100, -0.01, 1.0, 1.0));
    }

    @Test
    void nonPositiveInputsAreRefused() {
        assertRefused(Reason.NON_POSITIVE_INPUT, "forward 0.0",
                () -> ImpliedVol.of(OptionType.CALL, 0, 100, 0.5, 1.0, 1.0));
        assertRefused(Reason.NON_POSITIVE_INPUT, "strike -5.0",
                () -> ImpliedVol.of(OptionType.CALL, 100, -5, 0.5, 1.0, 1.0));
        assertRefused(Reason.NON_POSITIVE_INPUT, "discount factor 0.0",
                () -> ImpliedVol.of(OptionType.CALL, 100, 100, 0.5, 0.0, 1.0));
        assertRefused(Reason.NON_POSITIVE_INPUT, "price 0.0",
                () -> ImpliedVol.of(OptionType.PUT, 100, 100, 0.5, 1.0, 0.0));
        assertRefused(Reason.NON_POSITIVE_INPUT, "price -1.0",
                () -> ImpliedVol.of(OptionType.PUT, 100, 100, 0.5, 1.0, -1.0));
    }

    @Test
    void notANumberIsRefused() {
        assertRefused(Reason.NOT_A_NUMBER, "price NaN",
                () -> ImpliedVol.of(OptionType.CALL, 100, 100, 0.5, 1.0, Double.NaN));
        assertRefused(Reason.NOT_A_NUMBER, "forward NaN",
                () -> ImpliedVol.of(OptionType.CALL, Double.NaN, 100, 0.5, 1.0, 1.0));
        assertRefused(Reason.NOT_A_NUMBER, "years NaN",
                () -> ImpliedVol.of(OptionType.CALL, 100, 100, Double.NaN, 1.0, 1.0));
        assertRefused(Reason.NOT_A_NUMBER, "strike Infinity",
                () -> ImpliedVol.of(OptionType.CALL, 100, Double.POSITIVE_INFINITY, 0.5, 1.0, 1.0));
        assertRefused(Reason.NOT_A_NUMBER, "discount factor NaN",
                () -> ImpliedVol.of(OptionType.CALL, 100, 100, 0.5, Double.NaN, 1.0));
    }

    private static void assertRefused(Reason reason, String mentions, Executable solve) {
        NoImpliedVolException e = assertThrows(NoImpliedVolException.class, solve);
        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().contains(mentions), e.getMessage());
    }

    private static final class Counter implements EvaluationCounter {
        int evaluations;

        @Override
        public void count() {
            evaluations++;
        }
    }
}
