package com.hedgeflow.engine.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.engine.market.OptionType;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class BlackScholesTest {

    @Test
    void hullWorkedPrices() {
        // Hull, Options, Futures and Other Derivatives (Black-Scholes-Merton chapter): S=42, K=40, r=10%, σ=20%,
        // T=0.5 gives a call of 4.76 and a put of 0.81.
        assertEquals(4.76, BlackScholes.price(OptionType.CALL, 42, 40, 0.2, 0.5, 0.1), 0.005);
        assertEquals(0.81, BlackScholes.price(OptionType.PUT, 42, 40, 0.2, 0.5, 0.1), 0.005);
        assertEquals(4.759422392871, BlackScholes.greeks(OptionType.CALL, 42, 40, 0.2, 0.5, 0.1).price(), 1e-11);
    }

    @Test
    void hullGreekLettersExample() {
        // Hull's Greek-letters chapter: S=49, K=50, r=5%, σ=20%, T=20 weeks (0.3846). His figures are rounded to
        // three digits; the tighter values beside them are the same formulas in 30-digit arithmetic.
        Greeks g = BlackScholes.greeks(OptionType.CALL, 49, 50, 0.2, 0.3846, 0.05);
        assertEquals(0.522, g.delta(), 0.0005);
        assertEquals(0.066, g.gamma(), 0.0005);
        assertEquals(12.1, g.vega(), 0.05);
        assertEquals(-4.31, g.theta(), 0.005);
        assertEquals(8.91, g.rho(), 0.005);
        assertEquals(0.521601633972, g.delta(), 1e-12);
        assertEquals(0.0655453772525, g.gamma(), 1e-12);
        assertEquals(12.1052427542, g.vega(), 1e-9);
        assertEquals(-4.30538996455, g.theta(), 1e-10);
        assertEquals(8.9065740988, g.rho(), 1e-9);
    }

    @Property
    void putCallParityOnSpot(@ForAll @DoubleRange(min = 1_000, max = 200_000) double spot,
                             @ForAll @DoubleRange(min = 0.3, max = 3.0) double moneyness,
                             @ForAll @DoubleRange(min = 0.05, max = 3.0) double vol,
                             @ForAll @DoubleRange(min = 0.01, max = 3.0) double years,
                             @ForAll @DoubleRange(min = -0.05, max = 0.2) double rate) {
        double strike = spot * moneyness;
        Greeks call = BlackScholes.greeks(OptionType.CALL, spot, strike, vol, years, rate);
        Greeks put = BlackScholes.greeks(OptionType.PUT, spot, strike, vol, years, rate);
        double scale = Math.max(spot, strike);
        assertEquals(spot - strike * Math.exp(-rate * years), call.price() - put.price(), 1e-12 * scale);
        assertEquals(1.0, call.delta() - put.delta(), 1e-14);
        assertEquals(call.gamma(), put.gamma(), 1e-14 * call.gamma() + 1e-300);
        assertEquals(call.vega(), put.vega(), 1e-12 * scale);
        // d/dt of S − K·e^{−r(T−t)} is −rK·e^{−rT}; d/dr is T·K·e^{−rT}.
        assertEquals(-rate * strike * Math.exp(-rate * years), call.theta() - put.theta(), 1e-11 * scale);
        assertEquals(years * strike * Math.exp(-rate * years), call.rho() - put.rho(), 1e-11 * scale);
    }

    /** Every greek against a central difference, spot held where the definition holds it. */
    @Property(tries = 500)
    void everyGreekIsTheMatchingSlope(@ForAll @DoubleRange(min = 1_000, max = 200_000) double spot,
                                      @ForAll @DoubleRange(min = 0.6, max = 1.6) double moneyness,
                                      @ForAll @DoubleRange(min = 0.1, max = 1.5) double vol,
                                      @ForAll @DoubleRange(min = 0.02, max = 2.0) double years,
                                      @ForAll @DoubleRange(min = -0.02, max = 0.15) double rate,
                                      @ForAll boolean call) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double strike = spot * moneyness;
        Greeks g = BlackScholes.greeks(type, spot, strike, vol, years, rate);
        // Steps and tolerances scale with one standard deviation of the spot, where the greeks live.
        double scale = spot * vol * Math.sqrt(years);

        double hs = scale * 1e-4;
        DoubleUnaryOperator priceAtSpot = s -> BlackScholes.price(type, s, strike, vol, years, rate);
        DoubleUnaryOperator deltaAtSpot = s -> BlackScholes.greeks(type, s, strike, vol, years, rate).delta();
        assertEquals(slope(priceAtSpot, spot, hs), g.delta(), 1e-7);
        assertEquals(slope(deltaAtSpot, spot, hs), g.gamma(), 1e-7 / scale);

        double hv = 1e-5;
        DoubleUnaryOperator priceAtVol = v -> BlackScholes.price(type, spot, strike, v, years, rate);
        assertEquals(slope(priceAtVol, vol, hv), g.vega(), 1e-6 * spot);
        assertEquals(slope(v -> BlackScholes.greeks(type, spot, strike, v, years, rate).vega(), vol, hv),
                g.volga(), 1e-5 * spot);
        assertEquals(slope(v -> BlackScholes.greeks(type, spot, strike, v, years, rate).delta(), vol, hv),
                g.vanna(), 1e-6);

        double ht = 1e-6;
        DoubleUnaryOperator priceAtTime = t -> BlackScholes.price(type, spot, strike, vol, t, rate);
        DoubleUnaryOperator deltaAtTime = t -> BlackScholes.greeks(type, spot, strike, vol, t, rate).delta();
        assertEquals(-slope(priceAtTime, years, ht), g.theta(), 1e-5 * spot);
        assertEquals(-slope(deltaAtTime, years, ht), g.charm(), 1e-4 * (1 + Math.abs(g.charm())));

        DoubleUnaryOperator priceAtRate = r -> BlackScholes.price(type, spot, strike, vol, years, r);
        assertEquals(slope(priceAtRate, rate, 1e-6), g.rho(), 1e-6 * spot);
    }

    @Property
    void isBlack76OnTheForward(@ForAll @DoubleRange(min = 1_000, max = 200_000) double spot,
                               @ForAll @DoubleRange(min = 0.5, max = 2.0) double moneyness,
                               @ForAll @DoubleRange(min = 0.05, max = 2.0) double vol,
                               @ForAll @DoubleRange(min = 0.01, max = 3.0) double years,
                               @ForAll @DoubleRange(min = -0.02, max = 0.15) double rate,
                               @ForAll boolean call) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double strike = spot * moneyness;
        double forward = spot * Math.exp(rate * years);
        double df = Math.exp(-rate * years);
        Greeks s = BlackScholes.greeks(type, spot, strike, vol, years, rate);
        Greeks f = Black76.greeks(type, forward, strike, vol, years, df);
        assertEquals(f.price(), s.price(), 1e-12 * spot);
        assertEquals(f.vega(), s.vega(), 1e-12 * spot);
        // dF/dS = e^{rT}: the spot delta is the forward delta grown, gamma twice.
        assertEquals(f.delta() / df, s.delta(), 1e-13);
        // Relative, plus an absolute floor far below any gamma a book could notice: deep out of the money
        // the gamma is subnormal and keeps only a few significant digits.
        assertEquals(f.gamma() / (df * df), s.gamma(), 1e-12 * s.gamma() + 1e-300);
    }

    @Test
    void expiredOrVolLessOptionsAreWorthTheirIntrinsicValue() {
        Greeks expired = BlackScholes.greeks(OptionType.CALL, 105, 100, 0.5, 0.0, 0.05);
        assertEquals(5.0, expired.price(), 0.0);
        assertEquals(1.0, expired.delta(), 0.0);
        assertEquals(0.0, expired.theta(), 0.0);

        // With no vol an in-the-money call is S − K·e^{−rT}: it still accrues rate.
        double years = 0.5;
        double rate = 0.04;
        Greeks certain = BlackScholes.greeks(OptionType.CALL, 105, 100, 0.0, years, rate);
        assertEquals(105 - 100 * Math.exp(-rate * years), certain.price(), 1e-12);
        assertEquals(1.0, certain.delta(), 1e-15);
        assertEquals(-rate * 100 * Math.exp(-rate * years), certain.theta(), 1e-12);
        assertEquals(years * 100 * Math.exp(-rate * years), certain.rho(), 1e-12);
        assertEquals(0.0, certain.charm(), 1e-15);
    }

    private static double slope(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }
}
