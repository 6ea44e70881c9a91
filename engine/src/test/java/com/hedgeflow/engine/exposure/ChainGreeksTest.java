package com.hedgeflow.engine.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.Greeks;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Each stored greek is the slope of the value or delta it claims to differentiate. */
class ChainGreeksTest {

    @Property(tries = 200)
    void greeksAreSlopesOfTheValuation(@ForAll @DoubleRange(min = 1_000, max = 200_000) double spot,
                                       @ForAll @DoubleRange(min = 0.95, max = 1.1) double ratio,
                                       @ForAll @DoubleRange(min = 0.6, max = 1.6) double moneyness,
                                       @ForAll @DoubleRange(min = 0.15, max = 1.5) double vol,
                                       @ForAll @DoubleRange(min = 0.03, max = 2.0) double years,
                                       @ForAll boolean call,
                                       @ForAll boolean inverse) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double strike = spot * moneyness;
        OptionChain chain = OptionChain.builder("BTC", spot)
                .add(type, strike, years, ratio, vol, inverse ? Settlement.INVERSE : Settlement.LINEAR, 1, 1, 1)
                .build();
        ChainGreeks g = ChainGreeks.of(chain);
        double hs = spot * 1e-5;

        DoubleUnaryOperator usd = s -> OptionValuation.valueUsd(type, inverse, s, ratio, strike, vol, years);
        DoubleUnaryOperator coin = s -> OptionValuation.valueCoin(type, inverse, s, ratio, strike, vol, years);
        DoubleUnaryOperator spotDelta = s -> OptionValuation.spotDelta(type, s, ratio, strike, vol, years);
        DoubleUnaryOperator hedgeAtVol = v -> OptionValuation.hedgeDeltaCoin(type, inverse, spot, ratio, strike, v,
                years);
        DoubleUnaryOperator hedgeAtYears = t -> OptionValuation.hedgeDeltaCoin(type, inverse, spot, ratio, strike,
                vol, t);

        assertEquals(usd.applyAsDouble(spot), g.valueUsd(0), 1e-9 * spot);
        assertEquals(coin.applyAsDouble(spot), g.valueCoin(0), 1e-12);
        assertEquals(g.valueUsd(0) / spot, g.valueCoin(0), 1e-12);
        // The hedge delta is the coin-numeraire slope S·dV_coin/dS for inverse options, the USD slope otherwise.
        double expectedHedge = inverse ? spot * slope(coin, spot, hs) : slope(usd, spot, hs);
        assertEquals(expectedHedge, g.hedgeDelta(0), 1e-6);
        assertEquals(slope(spotDelta, spot, hs), g.spotGamma(0), 1e-6 / spot);
        assertEquals(slope(hedgeAtVol, vol, 1e-5), g.hedgeVanna(0), 1e-6);
        assertEquals(-slope(hedgeAtYears, years, 1e-6), g.hedgeCharmPerYear(0),
                1e-4 * (1 + Math.abs(g.hedgeCharmPerYear(0))));
    }

    @Property(tries = 200)
    void theKernelAgreesWithBlack76Greeks(@ForAll @DoubleRange(min = 1_000, max = 200_000) double spot,
                                          @ForAll @DoubleRange(min = 0.95, max = 1.1) double ratio,
                                          @ForAll @DoubleRange(min = 0.5, max = 2.0) double moneyness,
                                          @ForAll @DoubleRange(min = 0.0, max = 2.0) double vol,
                                          @ForAll @DoubleRange(min = -0.01, max = 2.0) double years,
                                          @ForAll boolean call,
                                          @ForAll boolean inverse) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double strike = spot * moneyness;
        double forward = spot * ratio;
        ChainGreeks g = ChainGreeks.of(OptionChain.builder("BTC", spot)
                .add(type, strike, years, ratio, vol, inverse ? Settlement.INVERSE : Settlement.LINEAR, 1, 1, 1)
                .build());
        Greeks b = Black76.greeks(type, forward, strike, vol, years, 1.0);
        double tol = 1e-12;
        assertEquals(ratio * b.delta(), g.spotDelta(0), tol);
        assertEquals(ratio * ratio * b.gamma(), g.spotGamma(0), tol * (1 + Math.abs(b.gamma())));
        assertEquals(ratio * b.vanna(), g.spotVanna(0), tol * (1 + Math.abs(b.vanna())));
        assertEquals(ratio * b.charm(), g.spotCharmPerYear(0), tol * (1 + Math.abs(b.charm())));
        assertEquals(b.vega(), g.vegaUsdPerVol(0), tol * forward);
        assertEquals(b.theta(), g.thetaUsdPerYear(0), tol * forward);
        double value = inverse ? b.price() / forward * spot : b.price();
        assertEquals(value, g.valueUsd(0), tol * forward);
        double hedge = inverse ? b.delta() - b.price() / forward : ratio * b.delta();
        assertEquals(hedge, g.hedgeDelta(0), tol);
    }

    private static double slope(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }
}
