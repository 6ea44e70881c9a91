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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The positions {@code private/get_positions} reports: a desk's options book across every expiry (long
 * front calls, short puts, a call spread, a wing put) hedged with a short perpetual for most, but not all,
 * of its delta, so the workstation opens on a visible, moderate drift to hedge.
 */
public final class DemoBook {
    /** Share of the options' coin delta the perpetual hedge offsets at the start. */
    static final double HEDGE_RATIO = 0.85;

    /** By instrument name, in opening order; guarded by {@code this}: fills come from request and market threads. */
    private final Map<String, DemoPosition> positions = new LinkedHashMap<>();

    private DemoBook(List<DemoPosition> positions) {
        positions.forEach(p -> this.positions.put(p.instrument().name(), p));
    }

    public synchronized List<DemoPosition> positions() {
        return List.copyOf(positions.values());
    }

    public synchronized Optional<DemoPosition> position(String instrumentName) {
        return Optional.ofNullable(positions.get(instrumentName));
    }

    /**
     * Books one fill and returns the new position. {@code signedAmount} is in the instrument's size unit (USD for
     * the perpetual, BTC for options), positive for a buy. The average price moves only when the position grows
     * (a reduction keeps the entry, a flip starts afresh at the fill price); realised P&L is left as it was.
     *
     * @param index the index at the fill, for an option's USD entry premium
     */
    public synchronized DemoPosition applyFill(ListedInstrument instrument, double signedAmount, double price,
            double index) {
        DemoPosition old = positions.get(instrument.name());
        double oldSize = old == null ? 0 : old.size();
        double newSize = Rounding.decimals(oldSize + signedAmount, 8);
        double average;
        if (oldSize == 0 || Math.signum(newSize) != Math.signum(oldSize) && newSize != 0) {
            average = price;
        } else if (Math.abs(newSize) > Math.abs(oldSize)) {
            average = instrument.perpetual()
                    // Inverse contract: USD sizes add, so the entry is the USD-weighted harmonic mean.
                    ? newSize / (oldSize / old.averagePrice() + signedAmount / price)
                    : (oldSize * old.averagePrice() + signedAmount * price) / newSize;
        } else {
            average = old.averagePrice();
        }
        average = Rounding.decimals(average, instrument.perpetual() ? 4 : 8);
        double averageUsd = instrument.perpetual() ? Double.NaN : Rounding.decimals(average * index, 2);
        DemoPosition next = new DemoPosition(instrument, newSize, average, averageUsd,
                old == null ? 0.0 : old.realizedPnl());
        positions.put(instrument.name(), next);
        return next;
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
