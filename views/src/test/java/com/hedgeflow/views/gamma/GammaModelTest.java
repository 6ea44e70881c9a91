package com.hedgeflow.views.gamma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.analytics.ExpiryExposure;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.exposure.ExposureReport;
import com.hedgeflow.engine.exposure.FlipStatus;
import com.hedgeflow.engine.exposure.GammaProfile;
import com.hedgeflow.views.Books;
import com.hedgeflow.views.format.Tone;
import com.hedgeflow.views.format.TraderFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the gamma screen says, checked against the engine's own numbers on hand-made chains. */
class GammaModelTest {

    private final MarketAnalytics strangle = ExposureBooks.analytics(ExposureBooks.strangle(), Books.T0);
    private final GammaModel model = GammaModel.of(strangle);

    @Test
    void wallsAndSpotAreCaptionedInThousands() {
        Map<GammaLevel.Kind, GammaLevel> levels = byKind(model.levels());
        assertEquals("CALL WALL 105k", levels.get(GammaLevel.Kind.CALL_WALL).caption());
        assertEquals("PUT WALL 95k", levels.get(GammaLevel.Kind.PUT_WALL).caption());
        assertEquals("SPOT 100k", levels.get(GammaLevel.Kind.SPOT).caption());
        assertEquals(105_000, levels.get(GammaLevel.Kind.CALL_WALL).usd(), 0);

        Map<String, LevelRow> rows = model.levelRows().stream().collect(Collectors.toMap(LevelRow::id, r -> r));
        assertEquals("105,000", rows.get("call-wall").value());
        assertEquals("+5%", rows.get("call-wall").distance());
        assertEquals("95,000", rows.get("put-wall").value());
        assertEquals("-5%", rows.get("put-wall").distance());
        assertEquals("100,000", rows.get("spot").value());
    }

    @Test
    void theFlipIsTheEnginesLevel() {
        GammaProfile gamma = strangle.gamma();
        assertEquals(FlipStatus.FOUND, gamma.marketFlip().status());
        double level = gamma.marketFlip().levelUsd().getAsDouble();
        assertTrue(level > 95_000 && level < 105_000, "flips between the walls: " + level);
        assertEquals(TraderFormat.fixed(level, 0), model.marketFlipText());
        GammaLevel flip = byKind(model.levels()).get(GammaLevel.Kind.MARKET_FLIP);
        assertEquals(level, flip.usd(), 0);
        assertTrue(flip.caption().startsWith("ZERO \u0393 "), flip.caption());
        assertEquals(1, model.marketCrossings().length);
    }

    @Test
    void noFlipAndNoGammaAreSaidInWords() {
        GammaModel calls = GammaModel.of(ExposureBooks.analytics(ExposureBooks.callsOnly(), Books.T0));
        assertEquals("no flip in \u00b125%", calls.marketFlipText());
        assertEquals("no gamma", calls.ownFlipText());
        assertEquals("\u00b125%", calls.searchRange());
        Map<GammaLevel.Kind, GammaLevel> levels = byKind(calls.levels());
        assertFalse(levels.containsKey(GammaLevel.Kind.MARKET_FLIP), "no line for a flip that was not found");
        assertFalse(levels.containsKey(GammaLevel.Kind.OWN_FLIP));
        assertFalse(levels.containsKey(GammaLevel.Kind.PUT_WALL), "no puts, no put wall");
        assertFalse(calls.hasOwnGex());
        assertFalse(calls.hasOwnProfile());
        Map<String, LevelRow> rows = calls.levelRows().stream().collect(Collectors.toMap(LevelRow::id, r -> r));
        assertEquals("\u2014", rows.get("put-wall").value());
        assertEquals("", rows.get("flip-market").distance());
        assertEquals("dealers long gamma: their hedging damps moves", calls.regime());
    }

    @Test
    void choosingAnExpiryShowsThatExpirysReportAlone() {
        MarketAnalytics two = ExposureBooks.analytics(ExposureBooks.twoExpiries(), Books.T0);
        ExpiryExposure far = two.byExpiry().get(1);
        assertEquals(2, two.byExpiry().size());

        GammaModel all = GammaModel.of(two);
        GammaModel farOnly = GammaModel.of(two, far.expiry());

        assertNull(all.expiry());
        assertEquals(far.expiry(), farOnly.expiry());
        assertEquals("25SEP25 \u00b7 146d", farOnly.expiryLabel());
        assertEquals("USD per 1% move  \u00b7  dealers long calls, short puts  \u00b7  expiry 25SEP25 \u00b7 146d",
                farOnly.barsSubtitle());
        // Totals, bars, walls and the profile are the far expiry's, not the sum.
        assertEquals(TraderFormat.signedUsd(far.exposure().market().gexUsdPer1Pct()), farOnly.marketGex().text());
        assertEquals(TraderFormat.signedUsd(far.exposure().own().gexUsdPer1Pct()), farOnly.ownGex().text());
        assertNotEquals(all.marketGex().text(), farOnly.marketGex().text());
        assertEquals(far.exposure().strikes().size(), farOnly.strikeCount());
        assertEquals(3, farOnly.strikeCount(), "80k, 110k and 120k only");
        int k120 = indexOf(farOnly, 120_000);
        assertEquals(far.exposure().strikes().netGexMarketUsd(indexOf(far, 120_000)), farOnly.netGex(k120), 0);
        Map<String, LevelRow> rows = farOnly.levelRows().stream().collect(Collectors.toMap(LevelRow::id, r -> r));
        assertEquals("120,000", rows.get("call-wall").value());
        assertEquals("80,000", rows.get("put-wall").value());
        assertArrayEquals(far.gamma().marketGexUsdPer1Pct(), farOnly.profileMarket(), 0);
        assertEquals(GammaModel.flipText(far.gamma().marketFlip(), farOnly.searchRange()), farOnly.marketFlipText());
        assertEquals("105,000", all.levelRows().stream().filter(r -> r.id().equals("call-wall")).findFirst()
                .orElseThrow().value(), "the summed walls are the near expiry's big strikes");
    }

    @Test
    void anExpiryNoLongerListedFallsBackToAll() {
        MarketAnalytics two = ExposureBooks.analytics(ExposureBooks.twoExpiries(), Books.T0);
        GammaModel gone = GammaModel.of(two, Books.T0.plusSeconds(1));
        assertNull(gone.expiry());
        assertEquals(GammaModel.ALL_EXPIRIES, gone.expiryLabel());
        assertEquals(GammaModel.of(two).marketGex().text(), gone.marketGex().text());
    }

    @Test
    void theChartNamesItsConventionUnitsAndExpiries() {
        assertEquals("dealers long calls, short puts", model.positioning());
        assertEquals("USD per 1% move  \u00b7  dealers long calls, short puts  \u00b7  all expiries",
                model.barsSubtitle());
        assertEquals("All expiries", GammaModel.ALL_EXPIRIES);
    }

    @Test
    void totalsAreTheReportsInTraderUnits() {
        ExposureReport report = strangle.exposure();
        assertEquals(TraderFormat.signedUsd(report.market().gexUsdPer1Pct()), model.marketGex().text());
        assertEquals(TraderFormat.signedUsd(report.market().vannaUsdPerVolPoint()), model.marketVanna().text());
        assertEquals(TraderFormat.signedUsd(report.market().charmUsdPerDay()), model.marketCharm().text());
        assertEquals(TraderFormat.signedUsd(report.own().gexUsdPer1Pct()), model.ownGex().text());
        assertEquals(TraderFormat.signedUsd(report.own().vannaUsdPerVolPoint()), model.ownVanna().text());
        assertEquals(TraderFormat.signedUsd(report.own().charmUsdPerDay()), model.ownCharm().text());
        // Long 10 calls against short 5 puts: the desk is long gamma.
        assertEquals(Tone.UP, model.ownGex().tone());
        assertTrue(model.hasOwnGex());
    }

    @Test
    void barsStackCallsAndPutsFromZero() {
        ExposureReport report = strangle.exposure();
        int k95 = indexOf(model, 95_000);
        assertEquals(report.strikes().putGexMarketUsd(k95), model.putGex(k95), 0);
        assertTrue(model.putGex(k95) < 0, "dealers short the puts");
        int k100 = indexOf(model, 100_000);
        assertEquals(model.callGex(k100) + model.putGex(k100), model.netGex(k100), 1e-6);
        // The range covers the deepest put stack and the tallest call stack.
        assertTrue(model.barRange().min() <= model.putGex(k95));
        assertTrue(model.barRange().max() >= model.callGex(indexOf(model, 105_000)));
        assertEquals("strikes 90k\u2013110k", model.windowNote());
    }

    @Test
    void unpricedOptionsAreFlagged() {
        MarketAnalytics a = strangle;
        MarketAnalytics withGap = new MarketAnalytics(a.underlying(), a.asOf(), a.exposure(), a.gamma(),
                a.hedgeFlow(), a.scenarios(), a.scenariosRolled(), a.skew(), List.of("BTC-27JUN25-90000-C"),
                a.byExpiry());
        assertEquals("1 held option has no vol yet: own figures leave it out", GammaModel.of(withGap).unpricedNote());
        assertEquals("", model.unpricedNote());
    }

    private static int indexOf(ExpiryExposure e, double strike) {
        for (int k = 0; k < e.exposure().strikes().size(); k++) {
            if (e.exposure().strikes().strikeUsd(k) == strike) {
                return k;
            }
        }
        throw new AssertionError("no strike " + strike);
    }

    private static int indexOf(GammaModel m, double strike) {
        for (int k = 0; k < m.strikeCount(); k++) {
            if (m.strikeUsd(k) == strike) {
                return k;
            }
        }
        throw new AssertionError("no strike " + strike);
    }

    private static Map<GammaLevel.Kind, GammaLevel> byKind(List<GammaLevel> levels) {
        return levels.stream().collect(Collectors.toMap(GammaLevel::kind, Function.identity()));
    }
}
