package com.hedgeflow.engine.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.engine.market.OptionType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class InverseOptionTest {

    @Test
    void deribitFaqExample() {
        // Deribit's FAQ: buying a 0.50-delta call for 0.10 BTC adds 0.40 to DeltaTotal.
        assertEquals(0.40, InverseOption.premiumAdjustedDelta(0.50, 0.10), 1e-15);
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
    }
}
