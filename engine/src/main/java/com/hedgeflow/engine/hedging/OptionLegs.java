package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.pricing.YearFraction;
import com.hedgeflow.engine.risk.PositionRisk;
import com.hedgeflow.engine.risk.RiskSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects the option positions of one underlying from a snapshot, with the prices a policy re-prices them on. */
public final class OptionLegs {
    private OptionLegs() {
    }

    /** Legs missing an instrument, a vol or a price are skipped; the snapshot already counts them as unpriced. */
    public static List<OptionLeg> of(RiskSnapshot snapshot, String underlying, double spot, MarketLookup market,
                                     Instant now) {
        List<OptionLeg> legs = new ArrayList<>();
        for (PositionRisk p : snapshot.positions()) {
            if (!underlying.equals(p.underlying()) || p.size() == 0 || !p.priced()) {
                continue;
            }
            InstrumentKey key = new InstrumentKey(p.venue(), p.instrument());
            Instrument inst = market.instrument(key);
            if (inst == null || !inst.isOption()) {
                continue;
            }
            Quote q = market.quote(key);
            double vol = q != null && q.markIv() > 0 ? q.markIv() : p.markIv();
            double forward = q != null && q.underlyingPrice() > 0 ? q.underlyingPrice() : spot;
            double years = YearFraction.between(now, inst.expiry());
            if (!(vol > 0) || years <= 0) {
                continue;
            }
            legs.add(new OptionLeg(inst.optionType(), inst.settlement(), inst.strike(), forward, spot, vol, years,
                    p.size()));
        }
        return legs;
    }
}
