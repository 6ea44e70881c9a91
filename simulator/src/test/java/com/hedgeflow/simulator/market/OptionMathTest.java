package com.hedgeflow.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import org.junit.jupiter.api.Test;

class OptionMathTest {
    @Test
    void impliedVolRoundTrips() {
        for (OptionType type : OptionType.values()) {
            for (double strike : new double[] {60_000, 95_000, 130_000}) {
                double price = OptionMath.priceCoin(type, 95_000, strike, 0.62, 0.1);
                assertEquals(0.62, OptionMath.impliedVol(type, 95_000, strike, 0.1, price), 1e-5);
            }
        }
    }

    @Test
    void greeksAreInDeribitUnits() {
        double f = 95_000;
        double k = 100_000;
        double t = 30 / 365.0;
        double v = 0.55;
        OptionMath.Greeks g = OptionMath.greeks(OptionType.CALL, f, k, v, t);
        double usd = OptionMath.priceCoin(OptionType.CALL, f, k, v, t) * f;
        double usdUp = OptionMath.priceCoin(OptionType.CALL, f, k, v + 0.01, t) * f;
        assertEquals(usdUp - usd, g.vega(), 0.5, "vega per vol point in USD");
        double usdTomorrow = OptionMath.priceCoin(OptionType.CALL, f, k, v, t - 1 / 365.0) * f;
        assertEquals(usdTomorrow - usd, g.theta(), 2.0, "theta per day in USD");
        double h = 10;
        double deltaUp = OptionMath.greeks(OptionType.CALL, f + h, k, v, t).delta();
        double deltaDown = OptionMath.greeks(OptionType.CALL, f - h, k, v, t).delta();
        assertEquals((deltaUp - deltaDown) / (2 * h), g.gamma(), 1e-8, "gamma per USD");
        assertTrue(g.rho() > 0);
        assertTrue(OptionMath.greeks(OptionType.PUT, f, k, v, t).delta() < 0);
    }

    @Test
    void thetaInsideTheLastDayIsCappedAtTimeValue() {
        double t = 2 / 24.0 / 365.0;
        OptionMath.Greeks g = OptionMath.greeks(OptionType.CALL, 95_000, 95_000, 0.5, t);
        double timeValue = OptionMath.priceCoin(OptionType.CALL, 95_000, 95_000, 0.5, t) * 95_000;
        assertEquals(-timeValue, g.theta(), 1e-6);
    }
}
