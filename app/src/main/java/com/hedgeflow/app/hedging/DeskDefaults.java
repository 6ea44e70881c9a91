package com.hedgeflow.app.hedging;

import com.hedgeflow.engine.hedging.AutoLimits;
import com.hedgeflow.engine.hedging.ExecutionSettings;
import com.hedgeflow.engine.hedging.FixedBandPolicy;
import com.hedgeflow.engine.hedging.HedgeVenue;
import com.hedgeflow.engine.hedging.UnderlyingSetup;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.orders.checks.InstrumentLimits;
import com.hedgeflow.engine.orders.checks.PreTradeLimits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the hedger starts with until a desk saves its own settings: BTC kept within ±1 BTC of flat by trading
 * the venue's inverse perpetual, with limits sized for a small book. Every number here is a conservative
 * starting point, stated so a trader can see what the machine will and will not do.
 */
public final class DeskDefaults {
    /** Deribit's taker fee on BTC-PERPETUAL. */
    static final double PERPETUAL_TAKER_FEE = 0.0005;

    private DeskDefaults() {
    }

    /** The BTC set-up on one Deribit-protocol venue. */
    public static UnderlyingSetup btcOn(String venue) {
        List<HedgeVenue> venues = List.of(new HedgeVenue(new InstrumentKey(venue, "BTC-PERPETUAL"),
                PERPETUAL_TAKER_FEE));
        return new UnderlyingSetup("BTC", FixedBandPolicy.coin(1.0), venues, limitsFor(venues),
                AutoLimits.standard(250_000), ExecutionSettings.standard());
    }

    /**
     * Perpetual sizes are USD: a 250k clip asks for a click, 1M is refused, 5M is the most a hedge may hold;
     * 50 BTC of net delta is the most any order may leave the book with.
     */
    static PreTradeLimits limitsFor(List<HedgeVenue> venues) {
        Map<InstrumentKey, InstrumentLimits> perInstrument = new HashMap<>();
        for (HedgeVenue v : venues) {
            perInstrument.put(v.instrument(), new InstrumentLimits(250_000, 1_000_000, 5_000_000, 0));
        }
        return PreTradeLimits.standard(250_000, 1_000_000, 50, perInstrument);
    }
}
