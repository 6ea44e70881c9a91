package com.hedgeflow.engine.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.engine.market.OptionType;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Every fused greek against a central finite difference of the price (or of delta, for the cross terms). */
class Black76GreeksTest {

    @Property(tries = 300)
    void everyGreekIsTheMatchingSlope(@ForAll @DoubleRange(min = 1_000, max = 200_000) double forward,
                                      @ForAll @DoubleRange(min = 0.6, max = 1.6) double moneyness,
                                      @ForAll @DoubleRange(min = 0.1, max = 1.5) double vol,
                                      @ForAll @DoubleRange(min = 0.02, max = 2.0) double years,
                                      @ForAll @DoubleRange(min = 0.0, max = 0.1) double rate,
                                      @ForAll boolean call) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double strike = forward * moneyness;
        double df = Math.exp(-rate * years);
        Greeks g = Black76.greeks(type, forward, strike, vol, years, df);
        double scale = forward * vol * Math.sqrt(years);

        assertEquals(Black76.price(type, forward, strike, vol, years, df), g.price(), 1e-9 * forward);
        assertEquals(Black76.delta(type, forward, strike, vol, years, df), g.delta(), 1e-14);
        assertEquals(Black76.gamma(forward, strike, vol, years, df), g.gamma(), 1e-12 / scale);

        double hv = 1e-5;
        assertEquals(slope(v -> Black76.price(type, forward, strike, v, years, df), vol, hv), g.vega(),
                1e-6 * forward);
        assertEquals(slope(v -> Black76.greeks(type, forward, strike, v, years, df).vega(), vol, hv), g.volga(),
                1e-5 * forward);
        assertEquals(slope(v -> Black76.delta(type, forward, strike, v, years, df), vol, hv), g.vanna(), 1e-6);

        // Time passing at a fixed rate: the discount factor moves with the remaining time.
        double ht = 1e-6;
        DoubleUnaryOperator priceAt = t -> Black76.price(type, forward, strike, vol, t, Math.exp(-rate * t));
        DoubleUnaryOperator deltaAt = t -> Black76.delta(type, forward, strike, vol, t, Math.exp(-rate * t));
        assertEquals(-slope(priceAt, years, ht), g.theta(), 1e-5 * forward);
        assertEquals(-slope(deltaAt, years, ht), g.charm(), 1e-4 * (1 + Math.abs(g.charm())));

        DoubleUnaryOperator priceAtRate = r -> Black76.price(type, forward, strike, vol, years, Math.exp(-r * years));
        assertEquals(slope(priceAtRate, rate, 1e-6), g.rho(), 1e-6 * forward);
    }

    private static double slope(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }
}
