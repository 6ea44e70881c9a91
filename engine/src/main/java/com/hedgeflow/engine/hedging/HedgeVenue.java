package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.market.InstrumentKey;
import java.util.Objects;

/**
 * An instrument the hedger may trade, with the taker fee it pays there (a marketable IOC always takes).
 *
 * @param takerFeeRate fraction of notional, e.g. 0.0005 for 5 bps
 */
public record HedgeVenue(InstrumentKey instrument, double takerFeeRate) {
    public HedgeVenue {
        Objects.requireNonNull(instrument, "instrument");
        if (!(takerFeeRate >= 0) || takerFeeRate >= 0.01) {
            throw new IllegalArgumentException(instrument + ": taker fee rate must be in [0, 1%), got "
                    + takerFeeRate);
        }
    }
}
