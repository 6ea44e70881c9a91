package com.hedgeflow.engine.analytics;

import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.vol.CalendarCheck;
import com.hedgeflow.engine.vol.DeltaConvention;
import com.hedgeflow.engine.vol.InterpolatedSmile;
import com.hedgeflow.engine.vol.Smile;
import com.hedgeflow.engine.vol.SmileMetrics;
import com.hedgeflow.engine.vol.SmilePoint;
import com.hedgeflow.engine.vol.SmileRangeException;
import com.hedgeflow.engine.vol.SviFit;
import com.hedgeflow.engine.vol.SviFitter;
import com.hedgeflow.engine.vol.SviFlag;
import com.hedgeflow.engine.vol.TermStructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Smiles from the venue's mark IVs, one per expiry. Each strike contributes its out-of-the-money option (puts
 * below the forward, calls above), the side that is quoted and traded; the other side fills in when that one
 * has no vol. Metrics read the quotes themselves (model-free, forward delta, not premium-adjusted); the SVI
 * fit stands beside them with its error and flags, and fills in for the metrics only when the quotes do not
 * reach 25 delta and the fit is clean.
 */
public final class SkewCalculator {
    public static final DeltaConvention CONVENTION = DeltaConvention.FORWARD;

    private final SviFitter fitter = new SviFitter();

    /** One expiry's quotes, read off the book: an immutable input that can be fitted on another thread. */
    public record ExpirySmile(Instant expiry, Smile smile) {
    }

    /** Reads the smiles off the book (cheap; on the engine thread). */
    public static List<ExpirySmile> smiles(String underlying, double indexUsd, Instant now,
                                           Collection<Instrument> instruments, Function<InstrumentKey, Quote> quotes) {
        Map<Instant, Map<Double, Instrument[]>> byExpiry = new TreeMap<>();
        for (Instrument i : instruments) {
            if (i.isOption() && i.underlying().equals(underlying) && i.expiry().isAfter(now)) {
                Instrument[] pair = byExpiry.computeIfAbsent(i.expiry(), e -> new TreeMap<>())
                        .computeIfAbsent(i.strike(), k -> new Instrument[2]);
                pair[i.optionType() == OptionType.CALL ? 0 : 1] = i;
            }
        }
        List<ExpirySmile> smiles = new ArrayList<>();
        for (Map.Entry<Instant, Map<Double, Instrument[]>> e : byExpiry.entrySet()) {
            Smile smile = smile(e.getKey(), e.getValue(), indexUsd, now, quotes);
            if (smile != null) {
                smiles.add(new ExpirySmile(e.getKey(), smile));
            }
        }
        return smiles;
    }

    /** Fits and measures the smiles (milliseconds for a full chain; off the engine thread). */
    public SkewReport skew(List<ExpirySmile> smiles) {
        List<ExpirySkew> expiries = new ArrayList<>();
        List<SmileMetrics> metrics = new ArrayList<>();
        List<SviFit> fits = new ArrayList<>();
        for (ExpirySmile e : smiles) {
            ExpirySkew s = measure(e.expiry(), e.smile());
            expiries.add(s);
            if (s.metrics() != null) {
                metrics.add(s.metrics());
            }
            if (!s.fit().has(SviFlag.TOO_FEW_POINTS)) {
                fits.add(s.fit());
            }
        }
        TermStructure term = metrics.isEmpty() ? null : TermStructure.ofMetrics(metrics);
        CalendarCheck calendar = fits.size() < 2 ? null : CalendarCheck.of(fits);
        return new SkewReport(expiries, term, calendar);
    }

    private static Smile smile(Instant expiry, Map<Double, Instrument[]> strikes, double indexUsd, Instant now,
                               Function<InstrumentKey, Quote> quotes) {
        double forward = forward(strikes, indexUsd, quotes);
        List<SmilePoint> points = new ArrayList<>();
        for (Map.Entry<Double, Instrument[]> s : strikes.entrySet()) {
            boolean callSide = s.getKey() >= forward;
            double vol = vol(s.getValue()[callSide ? 0 : 1], quotes);
            if (!(vol > 0)) {
                vol = vol(s.getValue()[callSide ? 1 : 0], quotes);
            }
            if (vol > 0) {
                points.add(SmilePoint.of(s.getKey(), vol));
            }
        }
        return points.isEmpty() || !(forward > 0) ? null : Smile.of(now, expiry, forward, points);
    }

    private ExpirySkew measure(Instant expiry, Smile smile) {
        SviFit fit = fitter.fit(smile);
        SmileMetrics metrics = null;
        String problem = null;
        try {
            metrics = SmileMetrics.of(InterpolatedSmile.of(smile), CONVENTION);
        } catch (SmileRangeException | IllegalArgumentException quotesShort) {
            if (fit.isClean()) {
                metrics = SmileMetrics.of(fit.smile(), CONVENTION);
            } else {
                problem = quotesShort.getMessage();
            }
        }
        return new ExpirySkew(expiry, smile.years(), smile.forward(), smile.points(), metrics, fit, problem);
    }

    /** The median of the venue's underlying prices for the expiry: one stale quote cannot move it. */
    private static double forward(Map<Double, Instrument[]> strikes, double indexUsd,
                                  Function<InstrumentKey, Quote> quotes) {
        double[] values = new double[strikes.size() * 2];
        int n = 0;
        for (Instrument[] pair : strikes.values()) {
            for (Instrument i : pair) {
                Quote q = i == null ? null : quotes.apply(i.key());
                if (q != null && q.underlyingPrice() > 0 && Double.isFinite(q.underlyingPrice())) {
                    values[n++] = q.underlyingPrice();
                }
            }
        }
        if (n == 0) {
            return indexUsd;
        }
        Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    }

    private static double vol(Instrument i, Function<InstrumentKey, Quote> quotes) {
        Quote q = i == null ? null : quotes.apply(i.key());
        return q == null || !Double.isFinite(q.markIv()) ? Double.NaN : q.markIv();
    }
}
