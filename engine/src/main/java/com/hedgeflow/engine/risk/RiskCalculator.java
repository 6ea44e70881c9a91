package com.hedgeflow.engine.risk;

import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.market.BookState;
import com.hedgeflow.engine.market.IndexPrice;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.Greeks;
import com.hedgeflow.engine.pricing.InverseOption;
import com.hedgeflow.engine.pricing.YearFraction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the book into a {@link RiskSnapshot}: delta of every position in coin and USD, netted per
 * underlying.
 *
 * <p>Deltas are in coin, the unit a hedge is sized in:
 * <ul>
 *   <li>inverse option: Black-76 delta on the venue's underlying price and mark IV, less the coin mark
 *       (premium-adjusted, as Deribit's {@code delta_total});</li>
 *   <li>linear option: Black-76 delta;</li>
 *   <li>inverse perpetual or future: USD size over the index, i.e. {@code 10·N/S} for N contracts of 10 USD;</li>
 *   <li>linear products: the coin size itself.</li>
 * </ul>
 * A position whose prices are missing is reported but left out of the sums, and counted as unpriced.
 */
public final class RiskCalculator {

    private static final Comparator<Line> BOOK_ORDER = Comparator
            .comparing((Line l) -> l.risk.underlying())
            .thenComparing(l -> l.risk.kind() == InstrumentKind.OPTION)
            .thenComparing(l -> l.expiry == null ? Instant.MAX : l.expiry)
            .thenComparingDouble(l -> l.strike)
            .thenComparing(l -> l.risk.instrument());

    private RiskCalculator() {
    }

    public static RiskSnapshot snapshot(BookState book, Instant now) {
        return snapshot(book, now, List.of());
    }

    /** @param analytics the latest market analytics, carried as they are (they refresh on their own schedule) */
    public static RiskSnapshot snapshot(BookState book, Instant now, List<MarketAnalytics> analytics) {
        List<Line> lines = new ArrayList<>();
        for (Position p : book.positions()) {
            lines.add(line(book, p, now));
        }
        lines.sort(BOOK_ORDER);

        Map<String, Totals> totals = new LinkedHashMap<>();
        Map<BucketKey, double[]> buckets = new LinkedHashMap<>();
        List<PositionRisk> positions = new ArrayList<>(lines.size());
        for (Line l : lines) {
            PositionRisk r = l.risk;
            positions.add(r);
            totals.computeIfAbsent(r.underlying(), u -> new Totals()).add(r);
            if (r.priced()) {
                double[] sum = buckets.computeIfAbsent(
                        new BucketKey(r.underlying(), r.venue(), r.kind(), r.expiry()), k -> new double[2]);
                sum[0] += r.deltaCoin();
                sum[1] += r.deltaUsd();
            }
        }
        // An underlying the venue prices but the book does not hold still belongs on the screen: flat, at its index.
        book.indexedUnderlyings().forEach(u -> totals.putIfAbsent(u, new Totals()));
        List<UnderlyingRisk> underlyings = new ArrayList<>();
        totals.forEach((u, t) -> underlyings.add(t.toRisk(u, indexPrice(book, u))));
        List<DeltaBucket> deltaBuckets = new ArrayList<>();
        buckets.forEach((k, sum) -> deltaBuckets.add(
                new DeltaBucket(k.underlying, k.venue, k.kind, k.expiry, sum[0], sum[1])));
        return new RiskSnapshot(now, book.applied(), underlyings, positions, deltaBuckets, book.feeds(),
                book.lastMessageAt(), analytics);
    }

    private static Line line(BookState book, Position p, Instant now) {
        Instrument inst = book.instrument(p.instrument());
        Quote q = book.quote(p.instrument());
        double mark = q == null ? Double.NaN : q.markPrice();
        double iv = q == null ? Double.NaN : q.markIv();
        if (inst == null) {
            String underlying = p.instrument().name().split("[-_]", 2)[0];
            return new Line(unpriced(p, underlying, mark, iv), null, Double.NaN);
        }
        double spot = indexPrice(book, inst.underlying());
        double unitDelta = unitDelta(inst, q, spot, now);
        double deltaCoin = p.size() * unitDelta;
        PositionRisk risk = new PositionRisk(p.instrument().venue(), inst.name(), inst.underlying(), inst.kind(),
                p.size(), mark, iv, unitDelta, deltaCoin, deltaCoin * spot, sizeUnit(inst), inst.expiry(),
                greeks(inst, q, spot, p.size(), now));
        return new Line(risk, inst.expiry(), inst.isOption() ? inst.strike() : 0.0);
    }

    /**
     * Gamma, vega and theta of an option position in USD. The venue prices on a forward that moves one for one
     * with the index in relative terms, so the gamma to the index is the forward gamma times (F/S)².
     */
    static BookGreeks greeks(Instrument inst, Quote q, double spot, double size, Instant now) {
        if (!inst.isOption() || q == null || !(q.markIv() > 0) || !(spot > 0)) {
            return BookGreeks.NONE;
        }
        double forward = q.underlyingPrice() > 0 ? q.underlyingPrice() : spot;
        double years = YearFraction.between(now, inst.expiry());
        Greeks g = Black76.greeks(inst.optionType(), forward, inst.strike(), q.markIv(), years, 1.0);
        double ratio = forward / spot;
        double gammaSpot = g.gamma() * ratio * ratio;
        return new BookGreeks(size * gammaSpot * spot * spot * 0.01, size * g.vega() / 100.0,
                size * g.theta() / 365.0);
    }

    /** Delta in coin of one unit of position size; {@code NaN} when a needed price is missing. */
    static double unitDelta(Instrument inst, Quote q, double spot, Instant now) {
        if (inst.kind() == InstrumentKind.OPTION) {
            if (q == null || !(q.markIv() > 0)) {
                return Double.NaN;
            }
            double forward = q.underlyingPrice() > 0 ? q.underlyingPrice() : spot;
            double years = YearFraction.between(now, inst.expiry());
            double blackDelta = Black76.delta(inst.optionType(), forward, inst.strike(), q.markIv(), years, 1.0);
            if (inst.settlement() == Settlement.LINEAR) {
                return blackDelta;
            }
            double priceCoin = q.markPrice() >= 0
                    ? q.markPrice()
                    : InverseOption.priceCoin(inst.optionType(), forward, inst.strike(), q.markIv(), years);
            return InverseOption.premiumAdjustedDelta(blackDelta, priceCoin);
        }
        if (inst.settlement() == Settlement.INVERSE) {
            return spot > 0 ? 1.0 / spot : Double.NaN;
        }
        return 1.0;
    }

    /** A position in an instrument the venue did not list: shown, never guessed at. */
    private static PositionRisk unpriced(Position p, String underlying, double mark, double iv) {
        return new PositionRisk(p.instrument().venue(), p.instrument().name(), underlying, InstrumentKind.SPOT,
                p.size(), mark, iv, Double.NaN, Double.NaN, Double.NaN, "", null, BookGreeks.NONE);
    }

    /** Inverse futures and perpetuals are sized in USD; everything else in its coin. */
    private static String sizeUnit(Instrument inst) {
        boolean usdContracts = inst.settlement() == Settlement.INVERSE && !inst.isOption()
                && inst.kind() != InstrumentKind.SPOT;
        return usdContracts ? "USD" : inst.underlying();
    }

    private static double indexPrice(BookState book, String underlying) {
        IndexPrice index = book.index(underlying);
        return index == null ? Double.NaN : index.price();
    }

    private record Line(PositionRisk risk, Instant expiry, double strike) {
    }

    private record BucketKey(String underlying, String venue, InstrumentKind kind, Instant expiry) {
    }

    private static final class Totals {
        double options;
        double futures;
        int count;
        int unpriced;
        BookGreeks greeks = BookGreeks.NONE;

        void add(PositionRisk r) {
            count++;
            greeks = greeks.plus(r.greeks());
            if (!r.priced()) {
                unpriced++;
            } else if (r.kind() == InstrumentKind.OPTION) {
                options += r.deltaCoin();
            } else {
                futures += r.deltaCoin();
            }
        }

        UnderlyingRisk toRisk(String underlying, double spot) {
            double net = options + futures;
            return new UnderlyingRisk(underlying, spot, net, net * spot, options, futures, count, unpriced, greeks);
        }
    }
}
