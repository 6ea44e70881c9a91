package com.hedgeflow.engine.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.engine.market.OptionType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class Black76Test {

    @Test
    void normalDistributionMatchesTables() {
        assertEquals(0.9750021048517795, Normal.cdf(1.96), 1e-15);
        assertEquals(0.15865525393145707, Normal.cdf(-1.0), 1e-15);
        assertEquals(0.5, Normal.cdf(0.0), 1e-16);
        // Far in the tail the erfc-based distribution keeps its relative precision (NormalTest has more).
        assertEquals(7.619853024160526e-24, Normal.cdf(-10.0), 4 * Math.ulp(7.62e-24));
    }

    @Test
    void hullFuturesOptionExample() {
        // Hull, Options, Futures and Other Derivatives: F = K = 20, r = 9%, T = 4 months, vol 25% -> 1.1166
        double df = Math.exp(-0.09 * 4.0 / 12.0);
        assertEquals(1.1166, Black76.price(OptionType.PUT, 20, 20, 0.25, 4.0 / 12.0, df), 1e-4);
        assertEquals(1.1166, Black76.price(OptionType.CALL, 20, 20, 0.25, 4.0 / 12.0, df), 1e-4);
    }

    @Property
    void putCallParityHolds(@ForAll @DoubleRange(min = 1_000, max = 200_000) double forward,
                            @ForAll @DoubleRange(min = 0.3, max = 3.0) double moneyness,
                            @ForAll @DoubleRange(min = 0.05, max = 3.0) double vol,
                            @ForAll @DoubleRange(min = 0.01, max = 3.0) double years,
                            @ForAll @DoubleRange(min = 0.5, max = 1.0) double df) {
        double strike = forward * moneyness;
        double call = Black76.price(OptionType.CALL, forward, strike, vol, years, df);
        double put = Black76.price(OptionType.PUT, forward, strike, vol, years, df);
        assertEquals(df * (forward - strike), call - put, 1e-9 * forward);
    }

    @Property
    void deltaAndGammaAreTheSlopesOfPrice(@ForAll @DoubleRange(min = 1_000, max = 200_000) double forward,
                                          @ForAll @DoubleRange(min = 0.5, max = 2.0) double moneyness,
                                          @ForAll @DoubleRange(min = 0.1, max = 2.0) double vol,
                                          @ForAll @DoubleRange(min = 0.02, max = 2.0) double years,
                                          @ForAll boolean call) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double strike = forward * moneyness;
        // Step and tolerance scale with one standard deviation of the forward, where the greeks live.
        double scale = forward * vol * Math.sqrt(years);
        double h = scale * 1e-3;
        double up = Black76.price(type, forward + h, strike, vol, years, 1.0);
        double down = Black76.price(type, forward - h, strike, vol, years, 1.0);
        assertEquals((up - down) / (2 * h), Black76.delta(type, forward, strike, vol, years, 1.0), 1e-5);
        double fdGamma = (Black76.delta(type, forward + h, strike, vol, years, 1.0)
                - Black76.delta(type, forward - h, strike, vol, years, 1.0)) / (2 * h);
        double gamma = Black76.gamma(forward, strike, vol, years, 1.0);
        assertEquals(gamma, fdGamma, 1e-6 / scale);
    }

    @Test
    void expiredOptionIsWorthItsIntrinsicValue() {
        assertEquals(5.0, Black76.price(OptionType.CALL, 105, 100, 0.5, 0.0, 1.0), 0.0);
        assertEquals(1.0, Black76.delta(OptionType.CALL, 105, 100, 0.5, -0.1, 1.0), 0.0);
        assertEquals(0.0, Black76.delta(OptionType.PUT, 105, 100, 0.5, 0.0, 1.0), 0.0);
    }
}
