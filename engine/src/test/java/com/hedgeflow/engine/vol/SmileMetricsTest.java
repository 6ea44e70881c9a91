package com.hedgeflow.engine.vol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.Black76;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SmileMetricsTest {
    private static final double F = SviTestData.FORWARD;
    /** N⁻¹(0.75). */
    private static final double Z25 = 0.6744897501960817;

    @Test
    void flatSmileHasNoRiskReversalOrButterflyAndTextbookStrikes() {
        double vol = 0.6;
        double years = 0.25;
        SmileMetrics metrics = SmileMetrics.of(curve(k -> vol, years, -1.5, 1.5, 61), DeltaConvention.FORWARD);
        assertEquals(vol, metrics.atmVol(), 1e-12);
        assertEquals(0.0, metrics.riskReversal(), 1e-12);
        assertEquals(0.0, metrics.butterfly(), 1e-12);
        // N(d1) = 0.25 ⇔ d1 = −z, so k = zσ√T + σ²T/2 for the call and −zσ√T + σ²T/2 for the put.
        double sd = vol * Math.sqrt(years);
        assertEquals(Z25 * sd + 0.5 * sd * sd, metrics.call().logMoneyness(), 1e-10);
        assertEquals(-Z25 * sd + 0.5 * sd * sd, metrics.put().logMoneyness(), 1e-10);
        assertEquals(F * Math.exp(metrics.call().logMoneyness()), metrics.call().strike(), 1e-6);
        assertEquals(0.25, metrics.wingDelta());
        assertEquals(-0.25, metrics.put().delta());
        assertEquals(SmileSource.MARKET_INTERPOLATED, metrics.source());
        assertEquals(DeltaConvention.FORWARD, metrics.convention());
    }

    @Test
    void putSkewGivesNegativeRiskReversalAndCallSkewPositive() {
        SmileMetrics putSkew = SmileMetrics.of(curve(k -> 0.6 - 0.2 * k, 0.25, -1, 1, 41), DeltaConvention.FORWARD);
        SmileMetrics callSkew = SmileMetrics.of(curve(k -> 0.6 + 0.2 * k, 0.25, -1, 1, 41), DeltaConvention.FORWARD);
        assertTrue(putSkew.riskReversal() < -0.01, "put skew RR " + putSkew.riskReversal());
        assertTrue(callSkew.riskReversal() > 0.01, "call skew RR " + callSkew.riskReversal());
        // For vol linear in k the risk reversal is the slope times the distance between the wing strikes.
        assertEquals(-0.2 * (putSkew.call().logMoneyness() - putSkew.put().logMoneyness()), putSkew.riskReversal(), 2e-3);
        assertEquals(0.6, putSkew.atmVol(), 1e-3);
        assertEquals(putSkew.riskReversal() * 100, putSkew.riskReversalVolPoints(), 1e-12);
    }

    @Test
    void convexSmileHasPositiveButterfly() {
        SmileMetrics metrics = SmileMetrics.of(curve(k -> 0.6 + 0.5 * k * k, 0.25, -1, 1, 81), DeltaConvention.FORWARD);
        assertTrue(metrics.butterfly() > 0.005, "BF " + metrics.butterfly());
        // Symmetric in k is not symmetric in delta: the 25Δ call sits further from the money (by σ²T), so
        // it reads a higher vol and the risk reversal is slightly positive.
        assertTrue(metrics.riskReversal() > 0);
    }

    @Property(tries = 200)
    void wingStrikesHaveExactlyTheTargetDeltaOrTheSmileTrulyStopsShort(
            @ForAll @DoubleRange(min = 0.2, max = 1.5) double atmVol,
            @ForAll @DoubleRange(min = -0.3, max = 0.2) double skew,
            @ForAll @DoubleRange(min = 0.0, max = 0.3) double curvature,
            @ForAll @DoubleRange(min = 0.01, max = 1.0) double years,
            @ForAll boolean premiumAdjusted) {
        DeltaConvention convention = premiumAdjusted ? DeltaConvention.FORWARD_PREMIUM_ADJUSTED : DeltaConvention.FORWARD;
        SmileCurve curve = curve(k -> atmVol * Math.exp(skew * k + curvature * k * k), years, -2.5, 2.5, 51);
        for (OptionType type : OptionType.values()) {
            double sign = type == OptionType.CALL ? 1 : -1;
            try {
                DeltaStrike wing = DeltaStrikeSolver.solve(curve, type, 0.25, convention);
                assertEquals(curve.vol(wing.logMoneyness()), wing.vol(), 1e-15);
                double delta = convention.delta(type, F, wing.strike(), wing.vol(), years);
                assertEquals(sign * 0.25, delta, 1e-9, wing.toString());
            } catch (SmileRangeException e) {
                // Only legitimate when the far quote is still inside 25Δ, or the delta never gets there at all.
                double outer = type == OptionType.CALL ? 2.5 : -2.5;
                double farDelta = sign * convention.delta(type, F, F * Math.exp(outer), curve.vol(outer), years);
                double largest = 0;
                for (double k = -2.5; k <= 2.5; k += 0.001) {
                    largest = Math.max(largest, sign * convention.delta(type, F, F * Math.exp(k), curve.vol(k), years));
                }
                assertTrue(farDelta > 0.25 || largest < 0.25, e.getMessage());
            }
        }
    }

    @Test
    void riskReversalAndButterflyAreBuiltFromTheWingVols() {
        SmileMetrics metrics = SmileMetrics.of(curve(k -> 0.6 - 0.1 * k + 0.3 * k * k, 0.25, -2, 2, 81),
                DeltaConvention.FORWARD);
        assertEquals(metrics.call().vol() - metrics.put().vol(), metrics.riskReversal(), 1e-15);
        assertEquals(0.5 * (metrics.call().vol() + metrics.put().vol()) - metrics.atmVol(), metrics.butterfly(), 1e-15);
        assertEquals(100 * metrics.butterfly(), metrics.butterflyVolPoints(), 1e-12);
        assertEquals(metrics.atmVol() * metrics.atmVol() * 0.25, metrics.atmTotalVariance(), 1e-15);
    }

    @Test
    void premiumAdjustedDeltaIsDeltaLessTheCoinPremium() {
        double delta = DeltaConvention.FORWARD_PREMIUM_ADJUSTED.delta(OptionType.CALL, F, 65_000, 0.6, 0.25);
        double expected = Black76.delta(OptionType.CALL, F, 65_000, 0.6, 0.25, 1.0)
                - Black76.price(OptionType.CALL, F, 65_000, 0.6, 0.25, 1.0) / F;
        assertEquals(expected, delta, 1e-15);
        // Closed forms: (K/F)·N(d2) for a call, −(K/F)·N(−d2) for a put.
        double sd = 0.6 * 0.5;
        double d2 = Math.log(F / 65_000) / sd - 0.5 * sd;
        assertEquals(65_000 / F * com.hedgeflow.engine.pricing.Normal.cdf(d2), delta, 1e-12);
        assertEquals(-65_000 / F * com.hedgeflow.engine.pricing.Normal.cdf(-d2),
                DeltaConvention.FORWARD_PREMIUM_ADJUSTED.delta(OptionType.PUT, F, 65_000, 0.6, 0.25), 1e-12);
    }

    @Test
    void premiumAdjustedWingsSitLowerAndTheCallIsOnTheOutOfTheMoneyBranch() {
        SmileCurve flat = InterpolatedSmile.of(smile(k -> 0.8, 0.5, -2, 2, 81));
        SmileMetrics plain = SmileMetrics.of(flat, DeltaConvention.FORWARD);
        SmileMetrics adjusted = SmileMetrics.of(flat, DeltaConvention.FORWARD_PREMIUM_ADJUSTED);
        // Paying the premium in coin lowers every delta, so the same delta needs a lower strike.
        assertTrue(adjusted.call().strike() < plain.call().strike());
        assertTrue(adjusted.put().strike() < plain.put().strike());
        // The premium-adjusted call delta rises then falls with strike; the 25Δ call is where it falls.
        double k = adjusted.call().logMoneyness();
        double h = 1e-4;
        double up = DeltaConvention.FORWARD_PREMIUM_ADJUSTED.delta(OptionType.CALL, F, F * Math.exp(k + h), 0.8, 0.5);
        double down = DeltaConvention.FORWARD_PREMIUM_ADJUSTED.delta(OptionType.CALL, F, F * Math.exp(k - h), 0.8, 0.5);
        assertTrue(up < down);
        assertTrue(k > 0);
    }

    @Test
    void failsClearlyWhenTheQuotesDoNotReachTwentyFiveDelta() {
        SmileCurve narrow = InterpolatedSmile.of(smile(k -> 0.6, 0.25, -0.3, 0.05, 8));
        SmileRangeException e = assertThrows(SmileRangeException.class,
                () -> SmileMetrics.of(narrow, DeltaConvention.FORWARD));
        assertTrue(e.getMessage().contains("CALL") && e.getMessage().contains("beyond"), e.getMessage());

        SmileCurve noPuts = InterpolatedSmile.of(smile(k -> 0.6, 0.25, -0.05, 0.5, 8));
        e = assertThrows(SmileRangeException.class, () -> SmileMetrics.of(noPuts, DeltaConvention.FORWARD));
        assertTrue(e.getMessage().contains("PUT") && e.getMessage().contains("lowest"), e.getMessage());
    }

    @Test
    void failsClearlyWhenThePremiumAdjustedCallDeltaNeverReachesTwentyFive() {
        // At 300% vol over a year the coin premium eats the delta: (K/F)·N(d2) stays far below 0.25.
        SmileCurve wild = InterpolatedSmile.of(smile(k -> 3.0, 1.0, -2, 2, 41));
        SmileRangeException e = assertThrows(SmileRangeException.class,
                () -> DeltaStrikeSolver.solve(wild, OptionType.CALL, 0.25, DeltaConvention.FORWARD_PREMIUM_ADJUSTED));
        assertTrue(e.getMessage().contains("never reaches"), e.getMessage());
    }

    @Test
    void failsClearlyWhenTheForwardIsOutsideTheQuotes() {
        SmileCurve allAbove = InterpolatedSmile.of(smile(k -> 0.6, 0.25, 0.1, 1.0, 10));
        SmileRangeException e = assertThrows(SmileRangeException.class,
                () -> SmileMetrics.of(allAbove, DeltaConvention.FORWARD));
        assertTrue(e.getMessage().contains("forward"), e.getMessage());
    }

    @Test
    void tenDeltaWingsSitFurtherOut() {
        SmileCurve curve = InterpolatedSmile.of(smile(k -> 0.6 - 0.1 * k + 0.3 * k * k, 0.25, -2, 2, 81));
        SmileMetrics m25 = SmileMetrics.of(curve, DeltaConvention.FORWARD);
        SmileMetrics m10 = SmileMetrics.of(curve, DeltaConvention.FORWARD, 0.10);
        assertTrue(m10.call().strike() > m25.call().strike());
        assertTrue(m10.put().strike() < m25.put().strike());
        assertTrue(m10.butterfly() > m25.butterfly());
        assertThrows(IllegalArgumentException.class, () -> SmileMetrics.of(curve, DeltaConvention.FORWARD, 0.7));
    }

    @Test
    void sviAndInterpolatedQuotesAgreeOnADenseSmile() {
        Smile quotes = SviTestData.exactSmile(SviTestData.CLEAN, 0.25, -1, 1, 81);
        SviFit fit = new SviFitter().fit(quotes);
        SmileMetrics fromQuotes = SmileMetrics.of(InterpolatedSmile.of(quotes), DeltaConvention.FORWARD);
        SmileMetrics fromFit = SmileMetrics.of(fit.smile(), DeltaConvention.FORWARD);
        assertEquals(SmileSource.SVI_FIT, fromFit.source());
        assertEquals(fromFit.atmVol(), fromQuotes.atmVol(), 1e-12, "k = 0 is a quote");
        assertEquals(fromFit.riskReversal(), fromQuotes.riskReversal(), 2e-4);
        assertEquals(fromFit.butterfly(), fromQuotes.butterfly(), 2e-4);
        assertTrue(fromFit.riskReversal() < 0, "ρ < 0 is a put skew");
        assertTrue(fromFit.butterfly() > 0);
    }

    /** {@code count} quotes even in log-moneyness with vol given by {@code volAt(k)}. */
    static Smile smile(DoubleUnaryOperator volAt, double years, double kFrom, double kTo, int count) {
        List<SmilePoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double k = kFrom + (kTo - kFrom) * i / (count - 1);
            points.add(SmilePoint.of(F * Math.exp(k), volAt.applyAsDouble(k)));
        }
        return new Smile(years, F, points);
    }

    private static SmileCurve curve(DoubleUnaryOperator volAt, double years, double kFrom, double kTo, int count) {
        return InterpolatedSmile.of(smile(volAt, years, kFrom, kTo, count));
    }
}
