package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.InverseOption;

/**
 * One option position as a policy that needs more than the book's totals sees it (Zakamouline re-prices each
 * leg at a modified vol).
 *
 * @param size       signed, in coin of underlying (options are sized in coin on every venue we use)
 * @param forward    the venue's underlying price for this expiry, USD
 * @param spot       the index, USD; gamma is reported to the index as the risk snapshot does
 * @param vol        decimal mark IV
 * @param years      ACT/365 to expiry
 */
public record OptionLeg(OptionType type, Settlement settlement, double strike, double forward, double spot,
                        double vol, double years, double size) {

    public OptionLeg {
        if (!(strike > 0) || !(forward > 0) || !(spot > 0) || !(vol > 0) || !Double.isFinite(years)
                || !Double.isFinite(size)) {
            throw new IllegalArgumentException("option leg needs positive strike, forward, spot and vol, finite"
                    + " years and size: " + type + " K=" + strike + " F=" + forward + " S=" + spot + " vol=" + vol
                    + " years=" + years + " size=" + size);
        }
    }

    /**
     * Delta in coin of the whole leg at a given vol, in the book's convention: premium-adjusted for inverse
     * options (what Deribit sums), plain Black-76 for linear ones.
     */
    public double deltaCoin(double atVol) {
        double blackDelta = Black76.delta(type, forward, strike, atVol, years, 1.0);
        if (settlement == Settlement.LINEAR) {
            return size * blackDelta;
        }
        return size * InverseOption.premiumAdjustedDelta(blackDelta,
                InverseOption.priceCoin(type, forward, strike, atVol, years));
    }

    /**
     * Gamma of the leg to the index, coin per USD, signed. The venue prices on a forward that moves with the index
     * in proportion, hence the (F/S)² factor (the same as {@code RiskCalculator}).
     */
    public double gammaCoinPerUsd() {
        double ratio = forward / spot;
        return size * Black76.gamma(forward, strike, vol, years, 1.0) * ratio * ratio;
    }
}
