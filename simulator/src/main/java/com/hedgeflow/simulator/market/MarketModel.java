package com.hedgeflow.simulator.market;

import com.hedgeflow.engine.pricing.YearFraction;
import com.hedgeflow.simulator.instruments.InstrumentCatalogue;
import com.hedgeflow.simulator.instruments.ListedInstrument;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The simulated BTC market: index path, perpetual basis and vol surface, turned into a full set of quotes
 * each tick. Not thread-safe: one market thread calls {@link #step(Instant)}; readers use the snapshots.
 *
 * <p>The rate is zero and the options' underlying is the index itself ({@code underlying_index =
 * "index_price"}), so the forward equals the index and Black-76 on it is the venue's own convention.
 */
public final class MarketModel {
    public static final double START_INDEX = 95_000.0;
    public static final double ANNUAL_VOL = 0.55;
    public static final double TICK_SECONDS = 0.1;

    private static final double OPTION_HALF_SPREAD_VOL = 0.015;
    private static final double OPTION_PRINT_PROBABILITY = 0.01;
    private static final double PERP_PRINT_PROBABILITY = 0.5;
    private static final double PERP_BAND = 0.025;

    private final InstrumentCatalogue catalogue;
    private final IndexPath index;
    private final VolSurface surface;
    private final PerpetualBasis basis;
    private final SplittableRandom quoteRng;
    private final Map<String, InstrumentTape> tapes = new HashMap<>();
    private long step;

    public MarketModel(long seed, double timeScale, InstrumentCatalogue catalogue, Instant start) {
        this.catalogue = catalogue;
        this.index = indexPath(seed, timeScale);
        this.surface = new VolSurface(seed);
        this.basis = new PerpetualBasis(seed, TICK_SECONDS);
        this.quoteRng = RandomStreams.stream(seed, "quotes");
        seedTapes(seed, start);
    }

    /** The index path a venue with this seed and time scale publishes, tick by tick, starting after tick 0. */
    public static IndexPath indexPath(long seed, double timeScale) {
        return new IndexPath(seed, START_INDEX, ANNUAL_VOL, TICK_SECONDS, timeScale);
    }

    /** The opening market, before any tick. */
    public MarketSnapshot opening(Instant now) {
        return snapshot(now);
    }

    /** Advances one tick of the processes and quotes the whole catalogue at {@code now}. */
    public MarketSnapshot step(Instant now) {
        double before = index.level();
        double after = index.next();
        surface.step(Math.log(after / before));
        basis.step();
        step++;
        return snapshot(now);
    }

    private MarketSnapshot snapshot(Instant now) {
        double spot = index.level();
        double published = Rounding.decimals(spot, 2);
        Map<String, InstrumentQuote> quotes = new LinkedHashMap<>();
        for (ListedInstrument instrument : catalogue.all()) {
            InstrumentQuote q = instrument.perpetual()
                    ? quotePerpetual(instrument, published)
                    : quoteOption(instrument, published, now);
            quotes.put(instrument.name(), q);
        }
        return new MarketSnapshot(step, now, published, quotes);
    }

    private PerpetualQuote quotePerpetual(ListedInstrument perp, double spot) {
        InstrumentTape tape = tapes.get(perp.name());
        double tick = perp.tickSize();
        double mark = Rounding.decimals(spot * (1 + basis.premium()), 2);
        double bid = Rounding.floorToTick(mark, tick);
        if (bid == mark) {
            bid -= tick;
        }
        double ask = bid + tick;
        double bidAmount = usdDepth(tape.depth, perp.contractSize());
        double askAmount = usdDepth(tape.depth, perp.contractSize());
        tape.maybeTrade(quoteRng.nextBoolean() ? bid : ask, quoteRng, PERP_PRINT_PROBABILITY);
        return new PerpetualQuote(perp, mark, bid, bidAmount, ask, askAmount, spot,
                Rounding.decimals(basis.premium(), 8), Rounding.decimals(basis.funding8h(), 8),
                Rounding.decimals(basis.interestValue(), 10), tape.openInterest, tape.lastPrice,
                Rounding.floorToTick(mark * (1 - PERP_BAND), tick), Rounding.ceilToTick(mark * (1 + PERP_BAND), tick),
                tape.settlementPrice, tape.stats(spot, mark, false));
    }

    private OptionQuote quoteOption(ListedInstrument option, double spot, Instant now) {
        InstrumentTape tape = tapes.get(option.name());
        double forward = spot;
        double years = Math.max(YearFraction.between(now, option.expiry()), 0.0);
        double strike = option.strike();
        double vol = surface.vol(years, forward, strike);
        double mark = OptionMath.priceCoin(option.optionType(), forward, strike, vol, years);
        OptionMath.Greeks g = OptionMath.greeks(option.optionType(), forward, strike, vol, years);
        double tick = option.tickSize();

        double bidRaw = OptionMath.priceCoin(option.optionType(), forward, strike, Math.max(vol - OPTION_HALF_SPREAD_VOL, 0.01), years);
        double askRaw = OptionMath.priceCoin(option.optionType(), forward, strike, vol + OPTION_HALF_SPREAD_VOL, years);
        double bid = Rounding.floorToTick(Math.min(bidRaw, mark - 0.5 * tick), tick);
        double ask = Rounding.ceilToTick(Math.max(askRaw, mark + 0.5 * tick), tick);
        boolean hasBid = bid >= tick;
        double bidPrice = hasBid ? bid : Double.NaN;
        double bidAmount = hasBid ? coinDepth(tape.depth) : 0.0;
        double askAmount = coinDepth(tape.depth);
        double bidVol = hasBid ? OptionMath.impliedVol(option.optionType(), forward, strike, years, bid) : 0.0;
        double askVol = OptionMath.impliedVol(option.optionType(), forward, strike, years, ask);

        tape.maybeTrade(Rounding.nearestTick(mark, tick), quoteRng, OPTION_PRINT_PROBABILITY);
        double band = Math.max(0.01, 0.3 * mark);
        return new OptionQuote(option, Rounding.decimals(mark, 8), vol, bidPrice, bidAmount, bidVol, ask, askAmount, askVol,
                forward, spot, rounded(g), tape.openInterest, tape.lastPrice,
                Rounding.decimals(Math.max(0.0001, mark - band), 4), Rounding.decimals(mark + band, 4),
                tape.settlementPrice, tape.stats(spot, mark, true));
    }

    private static OptionMath.Greeks rounded(OptionMath.Greeks g) {
        return new OptionMath.Greeks(Rounding.decimals(g.delta(), 5), Rounding.decimals(g.gamma(), 9),
                Rounding.decimals(g.vega(), 5), Rounding.decimals(g.theta(), 5), Rounding.decimals(g.rho(), 5));
    }

    private double coinDepth(double base) {
        double amount = Math.round(base * (0.5 + quoteRng.nextDouble()) * 10) / 10.0;
        return Math.max(0.1, amount);
    }

    private double usdDepth(double base, double contractSize) {
        double contracts = Math.max(1, Math.round(base * (0.5 + quoteRng.nextDouble()) / contractSize));
        return contracts * contractSize;
    }

    /**
     * Opening marks, open interest and depth per instrument. Open interest and depth fall off away from the
     * money, as on a real chain, so gamma-exposure views have a plausible shape.
     */
    private void seedTapes(long seed, Instant now) {
        SplittableRandom rng = RandomStreams.stream(seed, "activity");
        for (ListedInstrument instrument : catalogue.all()) {
            if (instrument.perpetual()) {
                double oi = Math.round(900_000_000 + 400_000_000 * rng.nextDouble());
                double depth = 20_000 + 200_000 * rng.nextDouble();
                tapes.put(instrument.name(), new InstrumentTape(START_INDEX, oi, 15_000 + 10_000 * rng.nextDouble(), depth));
                continue;
            }
            double years = Math.max(YearFraction.between(now, instrument.expiry()), 0.0);
            double vol = surface.vol(years, START_INDEX, instrument.strike());
            double mark = OptionMath.priceCoin(instrument.optionType(), START_INDEX, instrument.strike(), vol, years);
            double distance = Math.abs(Math.log(instrument.strike() / START_INDEX));
            double nearness = Math.exp(-distance * distance / (2 * 0.15 * 0.15));
            double oi = Math.round((50 + 1500 * nearness) * (0.6 + 0.8 * rng.nextDouble()) * 10) / 10.0;
            double volume = Math.round(oi * (0.05 + 0.2 * rng.nextDouble()) * 10) / 10.0;
            double depth = 1 + 30 * nearness * rng.nextDouble();
            tapes.put(instrument.name(), new InstrumentTape(Rounding.decimals(mark, 8), oi, volume, depth));
        }
    }
}
