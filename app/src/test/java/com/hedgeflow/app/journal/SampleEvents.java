package com.hedgeflow.app.journal;

import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderIntent;
import com.hedgeflow.engine.orders.OrderOrigin;
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import java.time.Instant;
import java.util.List;

/** Events with the values most likely to break an encoding. */
final class SampleEvents {
    static final String AWKWARD = "quote \" apostrophe ' semi ; back \\ \\N \\u0041 pipe | nul \0 tab \t nl \n"
            + " é 中文 emoji \uD83D\uDE80 lone-high \uD800 lone-low \uDC00 % _ end";
    static final Instant T = Instant.parse("2026-03-27T08:00:00.123456789Z");

    private SampleEvents() {
    }

    static OrderIntent intent(String id, double size, double limit) {
        return new OrderIntent(id, "BTC", new InstrumentKey("deribit", "BTC-27MAR26-100000-C"), Side.SELL, size,
                limit, TimeInForce.IMMEDIATE_OR_CANCEL, true, OrderOrigin.APPROVED_HEDGE, "prop-" + AWKWARD,
                AWKWARD, T);
    }

    /** One of every event type, with awkward values. */
    static List<OrderEvent> everyType() {
        String id = "hf-" + AWKWARD;
        return List.of(
                new OrderEvent.Created(intent(id, Double.MIN_VALUE, Double.MAX_VALUE)),
                new OrderEvent.Created(intent("", 0.1 + 0.2, 1e-300)),
                new OrderEvent.Sent(id, Instant.MIN),
                new OrderEvent.Sent(null, null),
                new OrderEvent.Acknowledged(id, Instant.MAX, "venue-" + AWKWARD),
                new OrderEvent.Acknowledged(id, T, null),
                new OrderEvent.Filled(id, T, "trade;1", 4.9e-324, 1.7976931348623157e308, -0.0),
                new OrderEvent.Filled(id, T, "", 0.001, 95_000.5, Double.NaN),
                new OrderEvent.Filled(id, T, "t", 1, 2, Double.NEGATIVE_INFINITY),
                new OrderEvent.Cancelled(id, T, AWKWARD),
                new OrderEvent.Cancelled(id, T, null),
                new OrderEvent.Rejected(id, Instant.EPOCH, AWKWARD),
                new OrderEvent.Rejected(id, T, ""),
                new OrderEvent.InDoubt(id, Instant.ofEpochSecond(-1, 999_999_999), AWKWARD),
                new OrderEvent.Found(id, T, OrderState.CANCELLED, 0, Double.NaN, AWKWARD),
                new OrderEvent.Found(id, T, OrderState.FILLED, 1e-12, 123456.789012345678, null),
                new OrderEvent.NotFound(id, T),
                new OrderEvent.NotFound("x", null));
    }
}
