package com.hedgeflow.app.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.risk.BookGreeks;
import com.hedgeflow.engine.risk.DeltaBucket;
import com.hedgeflow.engine.risk.PositionRisk;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {
    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void oneSnakeCaseLinePerUnderlyingWithNullForUnknownValues() throws Exception {
        RiskSnapshot snapshot = new RiskSnapshot(T0, 42,
                List.of(new UnderlyingRisk("BTC", 95_000, 1.25, 118_750, 3.25, -2.0, 2, 1, new BookGreeks(1_500, -250, 40))),
                List.of(new PositionRisk("simulator", "BTC-PERPETUAL", "BTC", InstrumentKind.PERPETUAL, -190_000,
                                95_010, Double.NaN, 1 / 95_000.0, -2.0, -190_000, "USD", null, BookGreeks.NONE),
                        new PositionRisk("simulator", "BTC-4DEC26-90000-P", "BTC", InstrumentKind.OPTION, -5,
                                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "BTC", null, BookGreeks.NONE)),
                List.of(new DeltaBucket("BTC", "simulator", InstrumentKind.PERPETUAL, null, -2.0, -190_000)),
                List.of(new FeedStatus("simulator", "ws://127.0.0.1:1/ws/api/v2", FeedState.CONNECTED, T0, 3, "")),
                Map.of("simulator", T0.minusMillis(250)), List.of());

        List<String> lines = new SnapshotJson().lines(snapshot, T0);

        assertEquals(1, lines.size());
        JsonNode o = new ObjectMapper().readTree(lines.get(0));
        assertEquals("2026-11-26T12:00:00Z", o.get("ts").asText());
        assertEquals("BTC", o.get("underlying").asText());
        assertEquals(95_000, o.get("index_price").asDouble());
        assertEquals(1.25, o.get("net_delta_coin").asDouble());
        assertEquals(118_750, o.get("net_delta_usd").asDouble());
        assertEquals(1, o.get("unpriced_positions").asInt());
        assertEquals(1_500, o.get("gamma_usd_per_1pct").asDouble());
        assertEquals(-250, o.get("vega_usd_per_vol_point").asDouble());
        assertEquals(40, o.get("theta_usd_per_day").asDouble());
        JsonNode bucket = o.get("delta_buckets").get(0);
        assertEquals("perpetual", bucket.get("kind").asText());
        assertTrue(bucket.get("expiry").isNull());
        assertEquals(-2.0, bucket.get("delta_coin").asDouble());
        JsonNode perp = o.get("positions").get(0);
        assertEquals("perpetual", perp.get("kind").asText());
        assertEquals("USD", perp.get("size_unit").asText());
        assertTrue(perp.get("mark_iv").isNull(), "no IV on a perpetual: null, not NaN");
        assertTrue(o.get("positions").get(1).get("delta_coin").isNull());
        JsonNode feed = o.get("feeds").get(0);
        assertEquals("connected", feed.get("state").asText());
        assertEquals(250, feed.get("last_message_age_ms").asLong());
    }

    @Test
    void beforeAnyDataThereIsStillOneLine() throws Exception {
        List<String> lines = new SnapshotJson().lines(RiskSnapshot.EMPTY, T0);
        assertEquals(1, lines.size());
        assertTrue(new ObjectMapper().readTree(lines.get(0)).get("underlying").isNull());
    }
}
