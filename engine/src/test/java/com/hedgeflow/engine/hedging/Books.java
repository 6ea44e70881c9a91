package com.hedgeflow.engine.hedging;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.Settlement;
import com.hedgeflow.engine.risk.BookGreeks;
import com.hedgeflow.engine.risk.PositionRisk;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Risk snapshots for tests, built by hand: a BTC book whose net delta, gamma and perpetual position the test
 * chooses, with its venue connected and talking.
 */
public final class Books {
    public static final String VENUE = "deribit";
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    public static final Instrument PERP = new Instrument(VENUE, "BTC-PERPETUAL", "BTC", InstrumentKind.PERPETUAL,
            Settlement.INVERSE, null, Double.NaN, null, 10, 0.5, 10);
    public static final Instrument LINEAR_PERP = new Instrument("binance", "BTCUSDT", "BTC",
            InstrumentKind.PERPETUAL, Settlement.LINEAR, null, Double.NaN, null, 0.001, 0.1, 0.001);

    private Instant at = T0;
    private double index = 100_000;
    private double netDelta;
    private double gammaUsdPer1Pct;
    private int unpriced;
    private final Map<Instrument, Double> holdings = new HashMap<>();
    private final List<FeedStatus> feeds = new ArrayList<>();
    private final Map<String, Instant> lastMessage = new HashMap<>();
    private final List<PositionRisk> extra = new ArrayList<>();

    public static Books btc(Instant at) {
        Books b = new Books();
        b.at = at;
        b.feed(VENUE, FeedState.CONNECTED, T0.minus(Duration.ofMinutes(5)), at);
        return b;
    }

    public Books index(double s) {
        index = s;
        return this;
    }

    /** The book's net delta in coin, whatever positions it shows. */
    public Books netDelta(double coin) {
        netDelta = coin;
        return this;
    }

    public Books gamma(double usdPer1Pct) {
        gammaUsdPer1Pct = usdPer1Pct;
        return this;
    }

    public Books unpriced(int n) {
        unpriced = n;
        return this;
    }

    /** A position in a delta-one instrument, venue units. */
    public Books holding(Instrument i, double size) {
        holdings.put(i, size);
        return this;
    }

    public Books position(PositionRisk p) {
        extra.add(p);
        return this;
    }

    public Books feed(String venue, FeedState state, Instant since, Instant lastMessageAt) {
        feeds.removeIf(f -> f.venue().equals(venue));
        feeds.add(new FeedStatus(venue, "ws://127.0.0.1/" + venue, state, since, 1, ""));
        if (lastMessageAt == null) {
            lastMessage.remove(venue);
        } else {
            lastMessage.put(venue, lastMessageAt);
        }
        return this;
    }

    public RiskSnapshot build() {
        List<PositionRisk> positions = new ArrayList<>(extra);
        holdings.forEach((i, size) -> {
            boolean usd = i.settlement() == Settlement.INVERSE;
            double unit = usd ? 1 / index : 1;
            positions.add(new PositionRisk(i.venue(), i.name(), i.underlying(), i.kind(), size, index, Double.NaN,
                    unit, size * unit, size * unit * index, usd ? "USD" : "BTC", null, BookGreeks.NONE));
        });
        UnderlyingRisk u = new UnderlyingRisk("BTC", index, netDelta, netDelta * index, netDelta, 0,
                positions.size() + unpriced, unpriced, new BookGreeks(gammaUsdPer1Pct, 0, 0));
        return new RiskSnapshot(at, 1, List.of(u), positions, List.of(), feeds, lastMessage, List.of());
    }
}
