package com.hedgeflow.views;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.risk.BookGreeks;
import com.hedgeflow.engine.risk.PositionRisk;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hand-built snapshots of a small BTC book: a call, the perpetual hedge, and a call nobody can price. */
public final class Books {

    public static final Instant T0 = Instant.parse("2025-05-02T14:03:22.400Z");
    public static final String DERIBIT = "deribit";
    public static final String ENDPOINT = "wss://test.deribit.com/ws/api/v2";
    public static final double INDEX = 60_000.0;

    private Books() {
    }

    public static PositionRisk call() {
        // 10 BTC of a 70k call: mark 0.0523 BTC, 62% IV, premium-adjusted delta 0.3012 per coin
        return new PositionRisk(DERIBIT, "BTC-27JUN25-70000-C", "BTC", InstrumentKind.OPTION,
                10.0, 0.0523, 0.62, 0.3012, 3.012, 3.012 * INDEX, "BTC", null, BookGreeks.NONE);
    }

    public static PositionRisk perpetual() {
        // short 150,000 USD of the inverse perpetual: delta -150,000 / 60,000 = -2.5 BTC
        return new PositionRisk(DERIBIT, "BTC-PERPETUAL", "BTC", InstrumentKind.PERPETUAL,
                -150_000.0, 60_012.5, Double.NaN, 1.0 / INDEX, -2.5, -150_000.0, "USD", null, BookGreeks.NONE);
    }

    public static PositionRisk unpricedCall() {
        return new PositionRisk(DERIBIT, "BTC-27JUN25-90000-C", "BTC", InstrumentKind.OPTION,
                -5.0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "BTC", null, BookGreeks.NONE);
    }

    public static UnderlyingRisk btc(double optionsDelta, double futuresDelta, double index) {
        double net = optionsDelta + futuresDelta;
        return new UnderlyingRisk("BTC", index, net, net * index, optionsDelta, futuresDelta, 3, 1, BookGreeks.NONE);
    }

    public static FeedStatus feed(FeedState state, long latencyMillis) {
        return new FeedStatus(DERIBIT, ENDPOINT, state, T0.minusSeconds(60), latencyMillis, "");
    }

    /** Net delta +0.512 BTC, +$30,720; last Deribit message 200 ms before {@link #T0}. */
    public static RiskSnapshot first() {
        return new RiskSnapshot(T0, 1_234, List.of(btc(3.012, -2.5, INDEX)),
                List.of(perpetual(), call(), unpricedCall()), List.of(),
                List.of(feed(FeedState.CONNECTED, 42)),
                Map.of(DERIBIT, T0.minusMillis(200)), List.of());
    }

    /** The perpetual hedge doubled: net delta -1.988 BTC at a 60,500 index. */
    public static RiskSnapshot second() {
        PositionRisk p = perpetual();
        PositionRisk hedged = new PositionRisk(p.venue(), p.instrument(), p.underlying(), p.kind(),
                -300_000.0, 60_510.0, Double.NaN, 1.0 / 60_500, -300_000.0 / 60_500, -300_000.0, "USD", null,
                BookGreeks.NONE);
        return new RiskSnapshot(T0.plusSeconds(1), 1_300, List.of(btc(3.012, -300_000.0 / 60_500, 60_500)),
                List.of(hedged, call(), unpricedCall()), List.of(),
                List.of(feed(FeedState.CONNECTED, 40)),
                Map.of(DERIBIT, T0.plusMillis(900)), List.of());
    }

    public static RiskSnapshot withSequence(long sequence) {
        RiskSnapshot s = first();
        return new RiskSnapshot(s.timestamp(), sequence, s.underlyings(), s.positions(), s.deltaBuckets(), s.feeds(),
                s.lastMessageAt(), s.analytics());
    }
}
