package com.hedgeflow.views.skew;

import com.hedgeflow.engine.analytics.ExpirySkew;
import com.hedgeflow.engine.analytics.SkewReport;
import com.hedgeflow.engine.vol.AtmPoint;
import com.hedgeflow.engine.vol.CalendarCheck;
import com.hedgeflow.engine.vol.CalendarViolation;
import com.hedgeflow.engine.vol.TermStructure;
import com.hedgeflow.views.format.TraderFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * The ATM term structure as drawn: one pillar per expiry (ATM vol against days), joined by the term structure's
 * own interpolation (linear in total variance, analytics.md §3.9) rather than straight lines, and the verdict of
 * the calendar-arbitrage check across the SVI fits.
 */
final class TermStructureModel {

    /** Interpolated points between two pillars: enough for the curve of σ(t) = √(w(t)/t) to look smooth. */
    static final int SEGMENT_SAMPLES = 16;

    enum Calendar {
        /** Total variance rises with expiry at every log-moneyness checked. */
        FREE,
        /** Two fitted smiles cross: a calendar spread is worth less than nothing somewhere. */
        ARBITRAGE,
        /** Fewer than two clean-enough fits to compare. */
        UNCHECKED
    }

    record Pillar(double days, double volPoints, Color colour, String label) {
    }

    /** The curve between two pillars; {@code decreasing} when ATM total variance falls across it. */
    record Segment(double[] days, double[] volPoints, boolean decreasing) {
    }

    private final List<Pillar> pillars;
    private final List<Segment> segments;
    private final Calendar calendar;
    private final String calendarText;

    private TermStructureModel(List<Pillar> pillars, List<Segment> segments, Calendar calendar, String calendarText) {
        this.pillars = List.copyOf(pillars);
        this.segments = List.copyOf(segments);
        this.calendar = calendar;
        this.calendarText = calendarText;
    }

    /** @param colours one per expiry of the report, in its order */
    static TermStructureModel of(SkewReport report, List<Color> colours) {
        List<Pillar> pillars = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        TermStructure term = report.termStructure();
        if (term != null) {
            List<AtmPoint> points = term.points();
            for (AtmPoint p : points) {
                int e = nearestExpiry(report.expiries(), p.years());
                pillars.add(new Pillar(p.years() * ExpiryText.DAYS_PER_YEAR, 100 * p.vol(),
                        e < 0 ? null : colours.get(e), e < 0 ? "" : ExpiryText.code(report.expiries().get(e).expiry())));
            }
            for (int i = 0; i + 1 < points.size(); i++) {
                segments.add(segment(term, points.get(i).years(), points.get(i + 1).years(),
                        term.forwardVariance(i) < 0));
            }
        }
        CalendarCheck check = report.calendar();
        if (check == null) {
            return new TermStructureModel(pillars, segments, Calendar.UNCHECKED,
                    "Calendar: not checked \u2014 needs two fitted expiries");
        }
        if (check.arbitrageFree()) {
            return new TermStructureModel(pillars, segments, Calendar.FREE,
                    "No calendar arbitrage: total variance rises with expiry at every k (" + check.pairsChecked()
                            + (check.pairsChecked() == 1 ? " pair)" : " pairs)"));
        }
        return new TermStructureModel(pillars, segments, Calendar.ARBITRAGE, violationText(report, check));
    }

    private static Segment segment(TermStructure term, double fromYears, double toYears, boolean decreasing) {
        double[] days = new double[SEGMENT_SAMPLES];
        double[] vols = new double[SEGMENT_SAMPLES];
        for (int j = 0; j < SEGMENT_SAMPLES; j++) {
            double t = j == SEGMENT_SAMPLES - 1 ? toYears
                    : fromYears + (toYears - fromYears) * j / (SEGMENT_SAMPLES - 1);
            days[j] = t * ExpiryText.DAYS_PER_YEAR;
            vols[j] = 100 * term.atm(t).vol();
        }
        return new Segment(days, vols, decreasing);
    }

    /** {@code Calendar arbitrage: 4DEC26 → 11DEC26 at k -0.30 to -0.10, and 1 more pair}. */
    static String violationText(SkewReport report, CalendarCheck check) {
        CalendarViolation v = check.violations().get(0);
        String text = "Calendar arbitrage: " + codeAt(report, v.earlierYears()) + " \u2192 "
                + codeAt(report, v.laterYears()) + " at k " + TraderFormat.signed(v.fromLogMoneyness(), 2)
                + " to " + TraderFormat.signed(v.toLogMoneyness(), 2);
        int more = check.violations().size() - 1;
        return more == 0 ? text : text + ", and " + more + (more == 1 ? " more pair" : " more pairs");
    }

    private static String codeAt(SkewReport report, double years) {
        int e = nearestExpiry(report.expiries(), years);
        return e < 0 ? ExpiryText.days(years) + "d" : ExpiryText.code(report.expiries().get(e).expiry());
    }

    /** The expiry whose time to expiry matches, or −1: pillars and fits carry years, not instants. */
    static int nearestExpiry(List<ExpirySkew> expiries, double years) {
        int best = -1;
        double distance = 1e-6; // about 30 seconds: the same expiry, computed from the same smile
        for (int i = 0; i < expiries.size(); i++) {
            double d = Math.abs(expiries.get(i).years() - years);
            if (d <= distance) {
                distance = d;
                best = i;
            }
        }
        return best;
    }

    List<Pillar> pillars() {
        return pillars;
    }

    List<Segment> segments() {
        return segments;
    }

    Calendar calendar() {
        return calendar;
    }

    String calendarText() {
        return calendarText;
    }

    boolean isEmpty() {
        return pillars.isEmpty();
    }
}
