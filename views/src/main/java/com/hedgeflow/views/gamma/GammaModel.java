package com.hedgeflow.views.gamma;

import com.hedgeflow.engine.analytics.ExpiryExposure;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.exposure.ExposureReport;
import com.hedgeflow.engine.exposure.ExposureTotals;
import com.hedgeflow.engine.exposure.FlipStatus;
import com.hedgeflow.engine.exposure.GammaFlip;
import com.hedgeflow.engine.exposure.GammaProfile;
import com.hedgeflow.engine.exposure.GammaWalls;
import com.hedgeflow.engine.exposure.StrikeGex;
import com.hedgeflow.views.chart.TickFormat;
import com.hedgeflow.views.chart.ValueRange;
import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.format.TraderFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Everything the gamma screen shows for one analytics run of one underlying, already reduced to the numbers
 * and words on screen. Built once per new analytics timestamp; the charts and panels only read it, so what a
 * trader sees can be tested without drawing.
 */
public final class GammaModel {

    public static final String UNITS = "USD per 1% move";
    /** The selector's entry for the figures summed over every expiry. */
    public static final String ALL_EXPIRIES = "All expiries";

    private static final DateTimeFormatter CODE = DateTimeFormatter.ofPattern("dMMMyy", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final String underlying;
    private final Instant asOf;
    private final Instant expiry;
    private final String expiryLabel;
    private final double spotUsd;
    private final String positioning;
    private final double[] strikes;
    private final double[] calls;
    private final double[] puts;
    private final double[] net;
    private final double[] own;
    private final StrikeWindow window;
    private final double[] profileSpots;
    private final double[] profileMarket;
    private final double[] profileOwn;
    private final double[] marketCrossings;
    private final double[] ownCrossings;
    private final String marketFlipText;
    private final String ownFlipText;
    private final String searchRange;
    private final List<GammaLevel> levels;
    private final List<LevelRow> levelRows;
    private final ExposureTotals marketTotals;
    private final ExposureTotals ownTotals;
    private final int unpriced;

    private GammaModel(MarketAnalytics a, ExpiryExposure only) {
        ExposureReport exposure = only == null ? a.exposure() : only.exposure();
        GammaProfile gamma = only == null ? a.gamma() : only.gamma();
        StrikeGex gex = exposure.strikes();
        GammaWalls walls = exposure.walls();
        underlying = a.underlying();
        asOf = a.asOf();
        expiry = only == null ? null : only.expiry();
        expiryLabel = only == null ? ALL_EXPIRIES : expiryLabel(only);
        spotUsd = exposure.spotUsd();
        positioning = exposure.positioning().label();
        int n = gex.size();
        strikes = new double[n];
        calls = new double[n];
        puts = new double[n];
        net = new double[n];
        own = new double[n];
        for (int k = 0; k < n; k++) {
            strikes[k] = gex.strikeUsd(k);
            calls[k] = gex.callGexMarketUsd(k);
            puts[k] = gex.putGexMarketUsd(k);
            net[k] = gex.netGexMarketUsd(k);
            own[k] = gex.gexOwnUsd(k);
        }
        window = StrikeWindow.of(spotUsd, strikes, StrikeWindow.HALF_WIDTH, value(walls.callWallUsd()),
                value(walls.putWallUsd()));
        profileSpots = gamma.spotsUsd();
        profileMarket = gamma.marketGexUsdPer1Pct();
        profileOwn = gamma.ownGexUsdPer1Pct();
        searchRange = searchRange(spotUsd, profileSpots);
        marketCrossings = gamma.marketFlip().crossingsUsd();
        ownCrossings = gamma.ownFlip().crossingsUsd();
        marketFlipText = flipText(gamma.marketFlip(), searchRange);
        ownFlipText = flipText(gamma.ownFlip(), searchRange);
        marketTotals = exposure.market();
        ownTotals = exposure.own();
        unpriced = a.unpricedPositions().size();

        levels = new ArrayList<>();
        levels.add(new GammaLevel(GammaLevel.Kind.SPOT, spotUsd, "SPOT " + TickFormat.kUsd1(spotUsd)));
        gamma.marketFlip().levelUsd().ifPresent(v ->
                levels.add(new GammaLevel(GammaLevel.Kind.MARKET_FLIP, v, "ZERO \u0393 " + TickFormat.kUsd1(v))));
        gamma.ownFlip().levelUsd().ifPresent(v ->
                levels.add(new GammaLevel(GammaLevel.Kind.OWN_FLIP, v, "OWN ZERO \u0393 " + TickFormat.kUsd1(v))));
        walls.callWallUsd().ifPresent(v ->
                levels.add(new GammaLevel(GammaLevel.Kind.CALL_WALL, v, "CALL WALL " + TickFormat.kUsd(v))));
        walls.putWallUsd().ifPresent(v ->
                levels.add(new GammaLevel(GammaLevel.Kind.PUT_WALL, v, "PUT WALL " + TickFormat.kUsd(v))));

        levelRows = List.of(
                new LevelRow("spot", "Index", TraderFormat.fixed(spotUsd, 0), ""),
                flipRow("flip-market", "Zero \u0393 market", gamma.marketFlip(), marketFlipText),
                flipRow("flip-own", "Zero \u0393 own book", gamma.ownFlip(), ownFlipText),
                levelRow("call-wall", "Call wall", walls.callWallUsd()),
                levelRow("put-wall", "Put wall", walls.putWallUsd()),
                levelRow("abs-gamma", "Abs. gamma strike", walls.absoluteGammaStrikeUsd()));
    }

    /** The figures summed over every expiry. */
    public static GammaModel of(MarketAnalytics analytics) {
        return new GammaModel(analytics, null);
    }

    /**
     * The figures of one expiry alone; {@code null}, or an expiry the analytics no longer carry, gives the
     * all-expiry figures (see {@link #expiry()} for which one was taken).
     */
    public static GammaModel of(MarketAnalytics analytics, Instant expiry) {
        return new GammaModel(analytics, expiry == null ? null : analytics.expiry(expiry));
    }

    /** "4DEC26 · 7d": the venue's expiry code and calendar days to go (a fraction of a day in the last one). */
    public static String expiryLabel(ExpiryExposure e) {
        double days = e.years() * 365.0;
        String left = days >= 1 ? Math.round(days) + "d" : String.format(Locale.ROOT, "%.1fd", Math.max(0, days));
        return CODE.format(e.expiry()).toUpperCase(Locale.ROOT) + " \u00b7 " + left;
    }

    /** "level" / "no flip in ±25%" / "no gamma": a missing flip is an answer and is said as one. */
    static String flipText(GammaFlip flip, String searchRange) {
        if (flip.status() == FlipStatus.FOUND) {
            return TraderFormat.fixed(flip.levelUsd().getAsDouble(), 0);
        }
        if (flip.status() == FlipStatus.NONE_IN_RANGE) {
            return "no flip in " + searchRange;
        }
        return "no gamma";
    }

    /** "±25%", read off the grid the engine searched rather than assumed. */
    static String searchRange(double spotUsd, double[] spots) {
        if (spots.length < 2 || !(spotUsd > 0)) {
            return "range";
        }
        double half = Math.max(spotUsd - spots[0], spots[spots.length - 1] - spotUsd) / spotUsd;
        return "\u00b1" + TickFormat.percent(half).substring(1);
    }

    private LevelRow flipRow(String id, String name, GammaFlip flip, String text) {
        return new LevelRow(id, name, text, distance(flip.levelUsd()));
    }

    private LevelRow levelRow(String id, String name, OptionalDouble level) {
        return new LevelRow(id, name, level.isPresent() ? TraderFormat.fixed(level.getAsDouble(), 0)
                : TraderFormat.EM_DASH, distance(level));
    }

    private String distance(OptionalDouble level) {
        return level.isPresent() ? TickFormat.percent(level.getAsDouble() / spotUsd - 1) : "";
    }

    private static double value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }

    // ---- what the charts draw ----------------------------------------------------------------------

    public String underlying() {
        return underlying;
    }

    public Instant asOf() {
        return asOf;
    }

    /** The expiry these figures cover alone, or {@code null} for every expiry. */
    public Instant expiry() {
        return expiry;
    }

    /** "All expiries" or "4DEC26 · 7d". */
    public String expiryLabel() {
        return expiryLabel;
    }

    /** How a caption names the expiries covered: "all expiries" or "expiry 4DEC26 · 7d". */
    public String expiryScope() {
        return expiry == null ? ALL_EXPIRIES.toLowerCase(Locale.ROOT) : "expiry " + expiryLabel;
    }

    public double spotUsd() {
        return spotUsd;
    }

    /** The dealer-positioning assumption behind every market figure, e.g. "dealers long calls, short puts". */
    public String positioning() {
        return positioning;
    }

    /** The words written on the strike chart: what, units, assumption and expiries. */
    public String barsSubtitle() {
        return UNITS + "  \u00b7  " + positioning + "  \u00b7  " + expiryScope();
    }

    /** Which strikes are drawn, e.g. "strikes 70k–120k · 4 more outside". */
    public String windowNote() {
        if (window.count() == 0) {
            return "no strikes near the index";
        }
        String shown = "strikes " + TickFormat.kUsd(strikes[window.first()]) + "\u2013"
                + TickFormat.kUsd(strikes[window.end() - 1]);
        return window.hidden() == 0 ? shown : shown + "  \u00b7  " + window.hidden() + " more outside";
    }

    public StrikeWindow window() {
        return window;
    }

    public int strikeCount() {
        return strikes.length;
    }

    public double strikeUsd(int k) {
        return strikes[k];
    }

    public double callGex(int k) {
        return calls[k];
    }

    public double putGex(int k) {
        return puts[k];
    }

    public double netGex(int k) {
        return net[k];
    }

    public double ownGex(int k) {
        return own[k];
    }

    /**
     * The market bars' extent over the drawn strikes: positive parts stacked up, negative parts stacked down,
     * as they are drawn.
     */
    public ValueRange barRange() {
        double lo = 0;
        double hi = 0;
        for (int k = window.first(); k < window.end(); k++) {
            double up = Math.max(0, calls[k]) + Math.max(0, puts[k]);
            double down = Math.min(0, calls[k]) + Math.min(0, puts[k]);
            hi = Math.max(hi, up);
            lo = Math.min(lo, down);
        }
        return new ValueRange(lo, hi);
    }

    public ValueRange ownBarRange() {
        double[] shown = Arrays.copyOfRange(own, window.first(), window.end());
        return ValueRange.withZero(shown);
    }

    public boolean hasOwnGex() {
        return ValueRange.hasSignal(own);
    }

    public double[] profileSpots() {
        return profileSpots;
    }

    public double[] profileMarket() {
        return profileMarket;
    }

    public double[] profileOwn() {
        return profileOwn;
    }

    public boolean hasOwnProfile() {
        return ValueRange.hasSignal(profileOwn);
    }

    public double[] marketCrossings() {
        return marketCrossings;
    }

    public double[] ownCrossings() {
        return ownCrossings;
    }

    /** Vertical lines in drawing order: spot, zero gamma (market, own), call wall, put wall. */
    public List<GammaLevel> levels() {
        return List.copyOf(levels);
    }

    // ---- what the side panel shows -----------------------------------------------------------------

    /** The market's zero-gamma level, or why there is none. */
    public String marketFlipText() {
        return marketFlipText;
    }

    public String ownFlipText() {
        return ownFlipText;
    }

    /** "±25%": how far the zero-gamma search went. */
    public String searchRange() {
        return searchRange;
    }

    public List<LevelRow> levelRows() {
        return levelRows;
    }

    public Figure marketGex() {
        return usd(marketTotals.gexUsdPer1Pct());
    }

    public Figure marketVanna() {
        return usd(marketTotals.vannaUsdPerVolPoint());
    }

    public Figure marketCharm() {
        return usd(marketTotals.charmUsdPerDay());
    }

    public Figure ownGex() {
        return usd(ownTotals.gexUsdPer1Pct());
    }

    public Figure ownVanna() {
        return usd(ownTotals.vannaUsdPerVolPoint());
    }

    public Figure ownCharm() {
        return usd(ownTotals.charmUsdPerDay());
    }

    /** What the sign of market GEX means for price action, under the stated assumption (analytics.md §3.2). */
    public String regime() {
        double g = marketTotals.gexUsdPer1Pct();
        if (!Double.isFinite(g) || g == 0) {
            return "no market gamma";
        }
        return g > 0 ? "dealers long gamma: their hedging damps moves"
                : "dealers short gamma: their hedging amplifies moves";
    }

    /** Own figures leave out options with no vol; the panel must say so or a gap would read as zero. */
    public String unpricedNote() {
        if (unpriced == 0) {
            return "";
        }
        return unpriced + (unpriced == 1 ? " held option has" : " held options have")
                + " no vol yet: own figures leave " + (unpriced == 1 ? "it" : "them") + " out";
    }

    private static Figure usd(double v) {
        return Figure.signed(v, TraderFormat.signedUsd(v));
    }
}
