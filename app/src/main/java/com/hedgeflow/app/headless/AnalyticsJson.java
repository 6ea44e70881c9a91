package com.hedgeflow.app.headless;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.engine.analytics.ExpiryExposure;
import com.hedgeflow.engine.analytics.ExpirySkew;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.analytics.SkewCalculator;
import com.hedgeflow.engine.exposure.ExposureTotals;
import com.hedgeflow.engine.exposure.GammaFlip;
import com.hedgeflow.engine.exposure.HedgeFlowProfile;
import com.hedgeflow.engine.exposure.StrikeGex;
import com.hedgeflow.engine.scenario.ScenarioMatrix;
import com.hedgeflow.engine.vol.AtmPoint;
import com.hedgeflow.engine.vol.SviFit;
import com.hedgeflow.engine.vol.SviFlag;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The market-analytics part of a headless line. Units are in the names; every market figure travels with
 * the dealer-positioning convention it rests on.
 */
final class AnalyticsJson {
    private AnalyticsJson() {
    }

    static void write(ObjectNode o, MarketAnalytics a) {
        o.put("analytics_ts", a.asOf().toString());
        o.put("dealer_positioning", a.exposure().positioning().label());
        totals(o.putObject("market_exposure"), a.exposure().market());
        totals(o.putObject("own_exposure"), a.exposure().own());
        gex(o.putArray("gex_by_strike"), a.exposure().strikes());
        ObjectNode walls = o.putObject("walls");
        optional(walls, "call_wall", a.exposure().walls().callWallUsd());
        optional(walls, "put_wall", a.exposure().walls().putWallUsd());
        optional(walls, "abs_gamma_strike", a.exposure().walls().absoluteGammaStrikeUsd());
        ObjectNode zeroGamma = o.putObject("zero_gamma");
        flip(zeroGamma.putObject("market"), a.gamma().marketFlip());
        flip(zeroGamma.putObject("own"), a.gamma().ownFlip());
        byExpiry(o.putArray("gex_by_expiry"), a);
        hedgeFlow(o.putArray("hedge_flow"), a.hedgeFlow());
        skew(o, a);
        ObjectNode scenarios = o.putObject("scenarios");
        scenario(scenarios.putObject("now"), a.scenarios());
        scenario(scenarios.putObject("rolled"), a.scenariosRolled());
        ArrayNode unpriced = o.putArray("unpriced_in_exposure");
        a.unpricedPositions().forEach(unpriced::add);
    }

    private static void totals(ObjectNode o, ExposureTotals t) {
        number(o, "delta_coin", t.deltaCoin());
        number(o, "delta_usd", t.deltaUsd());
        number(o, "gex_usd_per_1pct", t.gexUsdPer1Pct());
        number(o, "vanna_usd_per_vol_point", t.vannaUsdPerVolPoint());
        number(o, "charm_usd_per_day", t.charmUsdPerDay());
    }

    private static void gex(ArrayNode rows, StrikeGex g) {
        for (int k = 0; k < g.size(); k++) {
            ObjectNode row = rows.addObject();
            number(row, "strike", g.strikeUsd(k));
            number(row, "market_call_gex_usd_per_1pct", g.callGexMarketUsd(k));
            number(row, "market_put_gex_usd_per_1pct", g.putGexMarketUsd(k));
            number(row, "market_gex_usd_per_1pct", g.netGexMarketUsd(k));
            number(row, "own_gex_usd_per_1pct", g.gexOwnUsd(k));
        }
    }

    /** Each expiry's totals and market flip, compactly: the per-strike table stays all-expiry only. */
    private static void byExpiry(ArrayNode rows, MarketAnalytics a) {
        for (ExpiryExposure e : a.byExpiry()) {
            ObjectNode row = rows.addObject();
            row.put("expiry", e.expiry().toString());
            number(row, "years", e.years());
            number(row, "market_gex_usd_per_1pct", e.exposure().market().gexUsdPer1Pct());
            number(row, "own_gex_usd_per_1pct", e.exposure().own().gexUsdPer1Pct());
            flip(row.putObject("zero_gamma_market"), e.gamma().marketFlip());
        }
    }

    private static void flip(ObjectNode o, GammaFlip flip) {
        o.put("status", flip.status().name().toLowerCase(Locale.ROOT));
        optional(o, "level", flip.levelUsd());
    }

    private static void hedgeFlow(ArrayNode rows, HedgeFlowProfile h) {
        for (int j = 0; j < h.points(); j++) {
            ObjectNode row = rows.addObject();
            number(row, "spot_shift", h.shift(j));
            number(row, "spot", h.spotUsd(j));
            number(row, "own_hedge_coin", h.ownHedgeCoin(j));
            number(row, "own_hedge_usd", h.ownHedgeUsd(j));
            number(row, "market_hedge_coin", h.marketHedgeCoin(j));
            number(row, "market_hedge_usd", h.marketHedgeUsd(j));
        }
    }

    private static void skew(ObjectNode o, MarketAnalytics a) {
        o.put("skew_delta_convention", SkewCalculator.CONVENTION.name().toLowerCase(Locale.ROOT));
        ArrayNode rows = o.putArray("skew");
        for (ExpirySkew s : a.skew().expiries()) {
            ObjectNode row = rows.addObject();
            row.put("expiry", s.expiry().toString());
            number(row, "years", s.years());
            number(row, "forward", s.forward());
            row.put("quotes", s.quotes());
            if (s.metrics() != null) {
                number(row, "atm_vol", s.metrics().atmVol());
                number(row, "rr25_vol_points", s.metrics().riskReversalVolPoints());
                number(row, "bf25_vol_points", s.metrics().butterflyVolPoints());
                row.put("source", s.metrics().source().name().toLowerCase(Locale.ROOT));
            } else {
                row.put("problem", s.problem());
            }
            SviFit fit = s.fit();
            if (fit != null) {
                ObjectNode svi = row.putObject("svi");
                number(svi, "a", fit.parameters().a());
                number(svi, "b", fit.parameters().b());
                number(svi, "rho", fit.parameters().rho());
                number(svi, "m", fit.parameters().m());
                number(svi, "sigma", fit.parameters().sigma());
                number(svi, "rmse_vol_points", fit.rmseVolPoints());
                ArrayNode flags = svi.putArray("flags");
                for (SviFlag f : SviFlag.values()) {
                    if (fit.has(f)) {
                        flags.add(f.name().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        ArrayNode term = o.putArray("atm_term_structure");
        if (a.skew().termStructure() != null) {
            for (AtmPoint p : a.skew().termStructure().points()) {
                ObjectNode row = term.addObject();
                number(row, "years", p.years());
                number(row, "atm_vol", p.vol());
            }
        }
        if (a.skew().calendar() == null) {
            o.putNull("calendar_arbitrage_free");
        } else {
            o.put("calendar_arbitrage_free", a.skew().calendar().arbitrageFree());
        }
    }

    private static void scenario(ObjectNode o, ScenarioMatrix m) {
        o.put("vol_dynamics", m.grid().dynamics().name().toLowerCase(Locale.ROOT));
        number(o, "roll_days", m.grid().rollDays());
        ArrayNode spots = o.putArray("spot_shifts");
        for (int j = 0; j < m.grid().spotCount(); j++) {
            spots.add(m.grid().spotShift(j));
        }
        ArrayNode vols = o.putArray("vol_shifts_points");
        for (int k = 0; k < m.grid().volCount(); k++) {
            vols.add(m.grid().volShiftPoints(k));
        }
        ArrayNode pnl = o.putArray("pnl_usd");
        for (int j = 0; j < m.grid().spotCount(); j++) {
            ArrayNode row = pnl.addArray();
            for (int k = 0; k < m.grid().volCount(); k++) {
                row.add(m.pnlUsd(j, k));
            }
        }
    }

    private static void optional(ObjectNode o, String field, OptionalDouble value) {
        if (value.isPresent()) {
            number(o, field, value.getAsDouble());
        } else {
            o.putNull(field);
        }
    }

    static void number(ObjectNode o, String field, double value) {
        if (Double.isFinite(value)) {
            o.put(field, value);
        } else {
            o.putNull(field);
        }
    }
}
