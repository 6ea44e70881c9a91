package com.hedgeflow.simulator.book;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.InverseOption;
import com.hedgeflow.simulator.instruments.InstrumentCatalogue;
import com.hedgeflow.simulator.instruments.ListedInstrument;
import com.hedgeflow.simulator.market.InstrumentQuote;
import com.hedgeflow.simulator.market.MarketSnapshot;
import com.hedgeflow.simulator.market.OptionQuote;
import com.hedgeflow.simulator.market.RandomStreams;
import com.hedgeflow.simulator.market.Rounding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The positions {@code private/get_positions} reports: a desk's options book across every expiry (long
 * front calls, short puts, a call spread, a wing put) hedged with a short perpetual for most, but not all,
 * of its delta, so the workstation opens on a visible, moderate drift to hedge.
 */
public final class DemoBook {
    /** Share of the options' coin delta the perpetual hedge offsets at the start. */
    static final double HEDGE_RATIO = 0.85;

    private final List<DemoPosition> positions;

    private DemoBook(List<DemoPosition> positions) {
        this.positions = List.copyOf(positions);
    }

    public List<DemoPosition> positions() {
        return positions;
    }

    /** Builds the book against the opening market; sizes and entry prices vary a little with the seed. */
    public static DemoBook open(long seed, InstrumentCatalogue catalogue, MarketSnapshot opening) {
        SplittableRandom rng = RandomStreams.stream(seed, "book");
        List<Instant> e = catalogue.expiries();
        if (e.size() < 4) {
            throw new IllegalStateException("the demo book needs four expiries, the catalogue has " + e.size());
        }
        List<Double> strikes = catalogue.strikes();
        int atm = strikes.size() / 2;
        record Leg(int expiry, int strikeOffset, OptionType type, double size) {
        }
        // Strike offsets are in listing steps (5,000 USD) from the at-the-money strike.
        List<Leg> legs = List.of(
                new Leg(0, 0, OptionType.CALL, 12.5),
                new Leg(0, -1, OptionType.PUT, -8.0),
                new Leg(1, -2, OptionType.PUT, -20.0),
                new Leg(2, 2, OptionType.CALL, 15.0),
                new Leg(2, 4, OptionType.CALL, -10.0),
                new Leg(3, -3, OptionType.PUT, 5.0),
                new Leg(3, 0, OptionType.CALL, 5.0));

        List<DemoPosition> out = new ArrayList<>();
        double optionsDeltaCoin = 0;
        for (Leg leg : legs) {
            ListedInstrument option = catalogue.option(e.get(leg.expiry()), strikes.get(atm + leg.strikeOffset()), leg.type());
            OptionQuote quote = (OptionQuote) opening.quote(option.name()).orElseThrow();
            double size = Math.round(leg.size() * (0.8 + 0.4 * rng.nextDouble()) * 10) / 10.0;
            double entry = Math.max(option.tickSize(),
                    Rounding.nearestTick(quote.markPrice() * (0.9 + 0.2 * rng.nextDouble()), option.tickSize()));
            out.add(new DemoPosition(option, size, entry, Rounding.decimals(entry * opening.index(), 2), 0.0));
            optionsDeltaCoin += size * InverseOption.premiumAdjustedDelta(quote.greeks().delta(), quote.markPrice());
        }

        ListedInstrument perp = catalogue.perpetual();
        InstrumentQuote perpQuote = opening.quote(perp.name()).orElseThrow();
        double hedgeUsd = -HEDGE_RATIO * optionsDeltaCoin * perpQuote.markPrice();
        double contracts = Math.round(hedgeUsd / perp.contractSize());
        if (contracts >= 0) {
            // The book is built long delta; keep the hedge a short even if a seed made the legs nearly flat.
            contracts = -100;
        }
        double perpEntry = Rounding.nearestTick(perpQuote.markPrice() * (1 + 0.004 * (rng.nextDouble() - 0.5)), perp.tickSize());
        double realized = Rounding.decimals(0.02 * (rng.nextDouble() - 0.3), 8);
        out.add(new DemoPosition(perp, contracts * perp.contractSize(), perpEntry, Double.NaN, realized));
        return new DemoBook(out);
    }
}
