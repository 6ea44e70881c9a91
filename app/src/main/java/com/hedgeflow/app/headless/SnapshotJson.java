package com.hedgeflow.app.headless;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.risk.BookGreeks;
import com.hedgeflow.engine.risk.DeltaBucket;
import com.hedgeflow.engine.risk.PositionRisk;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headless output: one JSON object per underlying per snapshot, snake_case with units in the names.
 * Values that are not known yet (no index, no vol) are {@code null}, never NaN, which JSON cannot carry.
 */
public final class SnapshotJson {
    private final ObjectMapper json = new ObjectMapper();

    /** One line per underlying; before anything is known, one line with the feeds and a null underlying. */
    public List<String> lines(RiskSnapshot snapshot, Instant now) {
        return lines(snapshot, null, now);
    }

    /** @param hedger the hedger's state, or {@code null} when none runs */
    public List<String> lines(RiskSnapshot snapshot, HedgerStatus hedger, Instant now) {
        List<String> lines = new ArrayList<>();
        if (snapshot.underlyings().isEmpty()) {
            lines.add(line(snapshot, null, hedger, now));
        }
        for (UnderlyingRisk u : snapshot.underlyings()) {
            lines.add(line(snapshot, u, hedger, now));
        }
        return lines;
    }

    private String line(RiskSnapshot s, UnderlyingRisk u, HedgerStatus hedger, Instant now) {
        ObjectNode o = json.createObjectNode();
        o.put("ts", now.toString());
        o.put("snapshot_ts", s.timestamp().toString());
        o.put("underlying", u == null ? null : u.underlying());
        number(o, "index_price", u == null ? Double.NaN : u.indexPrice());
        number(o, "net_delta_coin", u == null ? Double.NaN : u.netDeltaCoin());
        number(o, "net_delta_usd", u == null ? Double.NaN : u.netDeltaUsd());
        number(o, "options_delta_coin", u == null ? Double.NaN : u.optionsDeltaCoin());
        number(o, "futures_delta_coin", u == null ? Double.NaN : u.futuresDeltaCoin());
        o.put("unpriced_positions", u == null ? 0 : u.unpricedCount());
        BookGreeks greeks = u == null ? null : u.greeks();
        number(o, "gamma_usd_per_1pct", greeks == null ? Double.NaN : greeks.gammaUsdPer1Pct());
        number(o, "vega_usd_per_vol_point", greeks == null ? Double.NaN : greeks.vegaUsdPerVolPoint());
        number(o, "theta_usd_per_day", greeks == null ? Double.NaN : greeks.thetaUsdPerDay());
        ArrayNode buckets = o.putArray("delta_buckets");
        for (DeltaBucket b : s.deltaBuckets()) {
            if (u != null && b.underlying().equals(u.underlying())) {
                ObjectNode row = buckets.addObject();
                row.put("venue", b.venue());
                row.put("kind", b.kind().name().toLowerCase(Locale.ROOT));
                row.put("expiry", b.expiry() == null ? null : b.expiry().toString());
                number(row, "delta_coin", b.deltaCoin());
                number(row, "delta_usd", b.deltaUsd());
            }
        }
        ArrayNode positions = o.putArray("positions");
        for (PositionRisk p : s.positions()) {
            if (u != null && p.underlying().equals(u.underlying())) {
                ObjectNode row = positions.addObject();
                row.put("venue", p.venue());
                row.put("instrument", p.instrument());
                row.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
                row.put("size", p.size());
                row.put("size_unit", p.sizeUnit());
                row.put("expiry", p.expiry() == null ? null : p.expiry().toString());
                number(row, "mark_price", p.markPrice());
                number(row, "mark_iv", p.markIv());
                number(row, "delta_coin", p.deltaCoin());
                number(row, "delta_usd", p.deltaUsd());
                number(row, "gamma_usd_per_1pct", p.greeks().gammaUsdPer1Pct());
                number(row, "vega_usd_per_vol_point", p.greeks().vegaUsdPerVolPoint());
                number(row, "theta_usd_per_day", p.greeks().thetaUsdPerDay());
            }
        }
        MarketAnalytics analytics = u == null ? null : s.analytics(u.underlying());
        if (analytics != null) {
            AnalyticsJson.write(o, analytics);
        }
        if (hedger != null && u != null) {
            HedgerJson.write(o.putObject("hedger"), hedger, u.underlying());
        }
        ArrayNode feeds = o.putArray("feeds");
        for (FeedStatus f : s.feeds()) {
            ObjectNode feed = feeds.addObject();
            feed.put("venue", f.venue());
            feed.put("endpoint", f.endpoint());
            feed.put("state", f.state().name().toLowerCase(Locale.ROOT));
            feed.put("latency_ms", f.latencyMillis() < 0 ? null : f.latencyMillis());
            Instant last = s.lastMessageAt().get(f.venue());
            feed.put("last_message_age_ms", last == null ? null : Duration.between(last, now).toMillis());
        }
        return o.toString();
    }

    private static void number(ObjectNode o, String field, double value) {
        AnalyticsJson.number(o, field, value);
    }
}
