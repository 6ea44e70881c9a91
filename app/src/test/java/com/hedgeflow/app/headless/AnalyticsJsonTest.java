package com.hedgeflow.app.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.engine.analytics.ExpiryExposure;
import com.hedgeflow.engine.analytics.MarketAnalytics;
import com.hedgeflow.engine.analytics.SkewReport;
import com.hedgeflow.engine.exposure.DealerPositioning;
import com.hedgeflow.engine.exposure.ExpiryFilter;
import com.hedgeflow.engine.exposure.ExposureCalculator;
import com.hedgeflow.engine.exposure.HedgeFlowCalculator;
import com.hedgeflow.engine.exposure.OptionChain;
import com.hedgeflow.engine.exposure.SpotGrid;
import com.hedgeflow.engine.exposure.ZeroGammaFinder;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.scenario.ScenarioGrid;
import com.hedgeflow.engine.scenario.ScenarioRevaluer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyticsJsonTest {
    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void eachExpiryGetsItsTotalsAndMarketFlipCompactly() {
        OptionChain chain = OptionChain.builder("BTC", 100_000)
                .add(OptionType.PUT, 95_000, 0.02, 1, 0.6, Settlement.INVERSE, 1, 5_000, 0)
                .add(OptionType.CALL, 105_000, 0.02, 1, 0.6, Settlement.INVERSE, 1, 5_000, 3)
                .add(OptionType.CALL, 110_000, 0.25, 1, 0.6, Settlement.INVERSE, 1, 800, -2)
                .build();
        List<ExpiryExposure> byExpiry = new ArrayList<>();
        for (double years : chain.expiryYears()) {
            ExpiryFilter only = ExpiryFilter.only(years);
            byExpiry.add(new ExpiryExposure(T0.plusSeconds(Math.round(years * 365 * 86_400)), years,
                    ExposureCalculator.report(chain, DealerPositioning.DEFAULT, only),
                    ZeroGammaFinder.find(chain, DealerPositioning.DEFAULT, only, SpotGrid.zeroGammaDefault())));
        }
        MarketAnalytics a = new MarketAnalytics("BTC", T0, ExposureCalculator.report(chain),
                ZeroGammaFinder.find(chain), HedgeFlowCalculator.profile(chain),
                ScenarioRevaluer.revalue(chain, ScenarioGrid.defaults()),
                ScenarioRevaluer.revalue(chain, ScenarioGrid.defaults().withRollDays(1)), SkewReport.EMPTY,
                List.of(), byExpiry);
        ObjectNode o = new ObjectMapper().createObjectNode();

        AnalyticsJson.write(o, a);

        JsonNode rows = o.get("gex_by_expiry");
        assertEquals(2, rows.size());
        JsonNode near = rows.get(0);
        assertEquals(byExpiry.get(0).expiry().toString(), near.get("expiry").asText());
        assertEquals(0.02, near.get("years").asDouble(), 1e-15);
        assertEquals(byExpiry.get(0).exposure().market().gexUsdPer1Pct(),
                near.get("market_gex_usd_per_1pct").asDouble());
        assertEquals(byExpiry.get(0).exposure().own().gexUsdPer1Pct(), near.get("own_gex_usd_per_1pct").asDouble());
        assertEquals("found", near.get("zero_gamma_market").get("status").asText());
        double level = near.get("zero_gamma_market").get("level").asDouble();
        assertTrue(level > 95_000 && level < 105_000, "flips between the near walls: " + level);
        JsonNode far = rows.get(1);
        assertEquals("none_in_range", far.get("zero_gamma_market").get("status").asText(), "calls only: no flip");
        assertTrue(far.get("zero_gamma_market").get("level").isNull());
        assertFalse(far.has("gex_by_strike"), "compact: no per-strike table per expiry");
        assertEquals(o.get("market_exposure").get("gex_usd_per_1pct").asDouble(),
                near.get("market_gex_usd_per_1pct").asDouble() + far.get("market_gex_usd_per_1pct").asDouble(),
                1e-6);
    }
}
