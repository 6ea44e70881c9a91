package com.hedgeflow.engine.exposure;

import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.pricing.YearFraction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills an {@link OptionChain} for one underlying from what the engine holds each snapshot: listed
 * instruments, their latest quotes and the positions.
 *
 * <p>Unit mapping (Deribit's, see venues.md): a quote's {@code openInterest} is in the instrument's amount
 * unit, coin for options, so contracts = open interest ÷ contract size. Option positions are sized in coin.
 * Inverse perpetuals and futures are sized in USD and become the chain's inverse delta-one notional; linear
 * ones and spot are sized in coin. The forward ratio is the quote's underlying price over the index, or 1
 * when the venue sent none.
 *
 * <p>An option without a positive mark IV cannot be priced: it is left out and, if the desk holds it, named
 * in {@link Assembly#unpricedPositions()} so a screen can say its exposure is missing rather than zero.
 */
public final class OptionChainAssembler {
    private OptionChainAssembler() {
    }

    /** @param unpricedPositions names of held instruments left out for want of a price or vol */
    public record Assembly(OptionChain chain, List<String> unpricedPositions) {
    }

    public static Assembly assemble(String underlying, double indexUsd, Instant now,
                                    Collection<Instrument> instruments, Function<InstrumentKey, Quote> quotes,
                                    Collection<Position> positions) {
        Map<InstrumentKey, Double> held = new HashMap<>();
        for (Position p : positions) {
            held.merge(p.instrument(), p.size(), Double::sum);
        }
        OptionChain.Builder chain = OptionChain.builder(underlying, indexUsd);
        List<String> unpriced = new ArrayList<>();
        double linearCoin = 0;
        double inverseUsd = 0;
        for (Instrument inst : instruments) {
            if (!inst.underlying().equals(underlying)) {
                continue;
            }
            double own = held.getOrDefault(inst.key(), 0.0);
            if (!inst.isOption()) {
                if (inst.settlement() == Settlement.INVERSE && inst.kind() != InstrumentKind.SPOT) {
                    inverseUsd += own;
                } else {
                    linearCoin += own;
                }
                continue;
            }
            Quote q = quotes.apply(inst.key());
            if (q == null || !(q.markIv() > 0) || Double.isInfinite(q.markIv())) {
                if (own != 0) {
                    unpriced.add(inst.name());
                }
                continue;
            }
            double ratio = q.underlyingPrice() > 0 && Double.isFinite(q.underlyingPrice())
                    ? q.underlyingPrice() / indexUsd : 1.0;
            double openInterest = q.openInterest() > 0 && Double.isFinite(q.openInterest())
                    ? q.openInterest() / inst.contractSize() : 0.0;
            chain.add(inst.optionType(), inst.strike(), YearFraction.between(now, inst.expiry()), ratio, q.markIv(),
                    inst.settlement(), inst.contractSize(), openInterest, own);
        }
        chain.deltaOne(linearCoin, inverseUsd);
        return new Assembly(chain.build(), List.copyOf(unpriced));
    }
}
