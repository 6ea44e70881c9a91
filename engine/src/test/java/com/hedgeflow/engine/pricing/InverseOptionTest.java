package com.hedgeflow.engine.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.engine.market.OptionType;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The coin-settlement identities of reference/analytics.md §5. */
class InverseOptionTest {

    @Test
    void deribitFaqExample() {
        // Deribit's FAQ: buying a 0.50-delta call for 0.10 BTC adds 0.40 to DeltaTotal.
        assertEquals(0.40, InverseOption.premiumAdjustedDelta(0.50, 0.10), 1e-15);
    }

    @Test
    void coinPriceIsTheBlackValueOverTheForward() {
        double usd = Black76.price(OptionType.CALL, 95_000, 100_000, 0.55, 0.25, 1.0);
        assertEquals(usd / 95_000, InverseOption.priceCoin(OptionType.CALL, 95_000, 100_000, 0.55, 0.25), 1e-17);
    }

    /**
     * The premium-adjusted delta is the coin holder's delta: S times the slope of the option's coin value
     * V(S) = C_usd(S) / S. Checked by finite difference against the independent definition.
     */
    @Property
    void premiumAdjustedDeltaIsTheSlopeOfTheCoinValue(
            @ForAll @DoubleRange(min = 10_000, max = 200_000) double spot,
            @ForAll @DoubleRange(min = 0.5, max = 2.0) double moneyness,
            @ForAll @DoubleRange(min = 0.2, max = 1.5) double vol,
            @ForAll @DoubleRange(min = 0.01, max = 1.5) double years,
            @ForAll boolean call) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double strike = spot * moneyness;
        double h = spot * 1e-5;
        double coinUp = InverseOption.priceCoin(type, spot + h, strike, vol, years);
        double coinDown = InverseOption.priceCoin(type, spot - h, strike, vol, years);
        double expected = spot * (coinUp - coinDown) / (2 * h);
        double delta = InverseOption.premiumAdjustedDelta(
                Black76.delta(type, spot, strike, vol, years, 1.0),
                InverseOption.priceCoin(type, spot, strike, vol, years));
        assertEquals(expected, delta, 1e-6);
        assertEquals(delta, InverseOption.premiumAdjustedDelta(type, spot, strike, vol, years), 1e-15);
    }

    /**
     * With a spot and a USD rate, the coin value is the discounted USD value converted at spot; its spot
     * elasticity is the Black-Scholes spot delta less the coin price, the same premium-adjusted delta as on the
     * forward F = S·e^{rT}.
     */
    @Property
    void fromSpotTheCoinValueIsTheDiscountedUsdValueOverSpot(
            @ForAll @DoubleRange(min = 10_000, max = 200_000) double spot,
            @ForAll @DoubleRange(min = 0.5, max = 2.0) double moneyness,
            @ForAll @DoubleRange(min = 0.2, max = 1.5) double vol,
            @ForAll @DoubleRange(min = 0.01, max = 1.5) double years,
            @ForAll @DoubleRange(min = -0.02, max = 0.15) double rate,
            @ForAll boolean call) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double strike = spot * moneyness;
        DoubleUnaryOperator coinValue = s -> InverseOption.priceCoinFromSpot(type, s, strike, vol, years, rate);
        double usd = BlackScholes.price(type, spot, strike, vol, years, rate);
        assertEquals(usd / spot, coinValue.applyAsDouble(spot), 1e-14);

        double h = spot * 1e-5;
        double elasticity = spot * (coinValue.applyAsDouble(spot + h) - coinValue.applyAsDouble(spot - h)) / (2 * h);
        double forward = InverseOption.forwardFromSpot(spot, rate, years);
        assertEquals(elasticity, InverseOption.premiumAdjustedDelta(type, forward, strike, vol, years), 1e-6);
        double spotDelta = BlackScholes.greeks(type, spot, strike, vol, years, rate).delta();
        assertEquals(spotDelta - coinValue.applyAsDouble(spot),
                InverseOption.premiumAdjustedDelta(type, forward, strike, vol, years), 1e-13);
    }

    /** ∂²V_b/∂S² = Γ/S − 2Δ/S² + 2C/S³, against a second difference of the coin value. */
    @Property
    void coinGammaIsTheCurvatureOfTheCoinValue(
            @ForAll @DoubleRange(min = 10_000, max = 200_000) double spot,
            @ForAll @DoubleRange(min = 0.6, max = 1.6) double moneyness,
            @ForAll @DoubleRange(min = 0.2, max = 1.5) double vol,
            @ForAll @DoubleRange(min = 0.02, max = 1.5) double years,
            @ForAll boolean call) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double strike = spot * moneyness;
        double h = spot * vol * Math.sqrt(years) * 1e-3;
        double up = InverseOption.priceCoin(type, spot + h, strike, vol, years);
        double mid = InverseOption.priceCoin(type, spot, strike, vol, years);
        double down = InverseOption.priceCoin(type, spot - h, strike, vol, years);
        double curvature = (up - 2 * mid + down) / (h * h);

        Greeks g = Black76.greeks(type, spot, strike, vol, years, 1.0);
        double identity = g.gamma() / spot - 2 * g.delta() / (spot * spot) + 2 * g.price() / (spot * spot * spot);
        double gammaCoin = InverseOption.gammaCoin(type, spot, strike, vol, years);
        // The three terms nearly cancel, so rounding scales with their sizes, not with their sum.
        double scale = Math.abs(g.gamma() / spot) + Math.abs(2 * g.delta() / (spot * spot))
                + Math.abs(2 * g.price() / (spot * spot * spot));
        assertEquals(identity, gammaCoin, 1e-12 * scale + 1e-25);
        // Truncation (h²/12 times the fourth derivative) grows with d1² in the tails and with (h/S)² from the
        // 1/S of the coin value; rounding scales with the value over h².
        double d1 = Math.log(spot / strike) / (vol * Math.sqrt(years)) + 0.5 * vol * Math.sqrt(years);
        double relativeStep = h / spot;
        double truncation = (1e-6 * (1 + d1 * d1) + 2 * relativeStep * relativeStep)
                * (g.gamma() / spot + Math.abs(identity));
        double rounding = 8 * Math.ulp(1.0) * Math.abs(mid) / (h * h);
        assertEquals(curvature, gammaCoin, truncation + rounding);
    }

    @Test
    void deribitFuturesExample() {
        // Deribit docs: 100 contracts of 10 USD bought at 600 and sold at 700 earn 1000/600 − 1000/700 BTC.
        assertEquals(0.238095, InverseFuture.pnlCoin(100, 10, 600, 700), 5e-7);
        assertEquals(1000.0 / 600 - 1000.0 / 700, InverseFuture.pnlCoin(100, 10, 600, 700), 1e-15);
    }

    /**
     * Synthetic dollar: 1 BTC of collateral and a short of N = S0/10 ten-dollar inverse contracts opened at S0 is
     * worth exactly 10·N USD at every later price, and its USD delta (equity plus coin delta) is zero throughout.
     */
    @Property
    void oneCoinAndAShortOfItsWorthInInverseContractsIsADollarAmount(
            @ForAll @DoubleRange(min = 1_000, max = 200_000) double entry,
            @ForAll @DoubleRange(min = 0.05, max = 20) double move) {
        double contracts = entry / 10;
        double price = entry * move;
        double equityCoin = 1.0 + InverseFuture.pnlCoin(-contracts, 10, entry, price);
        assertEquals(10 * contracts, equityCoin * price, 1e-10 * entry);
        double coinDelta = InverseFuture.deltaCoin(-contracts, 10, price);
        assertEquals(0.0, equityCoin + coinDelta, 1e-12 * Math.max(1, 1 / move));
    }

    @Test
    void theSyntheticDollarAtTheReferencePrices() {
        // analytics.md §5: 1 BTC and 6,000 short contracts at 60,000 are 2 BTC at 30k and 0.5 BTC at 120k.
        assertEquals(2.0, 1.0 + InverseFuture.pnlCoin(-6_000, 10, 60_000, 30_000), 1e-15);
        assertEquals(0.5, 1.0 + InverseFuture.pnlCoin(-6_000, 10, 60_000, 120_000), 1e-15);
    }
}
