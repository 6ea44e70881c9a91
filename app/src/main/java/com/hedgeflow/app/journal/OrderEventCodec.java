package com.hedgeflow.app.journal;

import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderIntent;
import com.hedgeflow.engine.orders.OrderOrigin;
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;

/**
 * Maps every {@link OrderEvent} to an {@link EventRow} and back, field for field, so that what is read equals
 * (record equals) what was written. The type names are part of the file format: never rename one, add new ones.
 */
final class OrderEventCodec {
    static final String CREATED = "CREATED";
    static final String SENT = "SENT";
    static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    static final String FILLED = "FILLED";
    static final String CANCELLED = "CANCELLED";
    static final String REJECTED = "REJECTED";
    static final String IN_DOUBT = "IN_DOUBT";
    static final String FOUND = "FOUND";
    static final String NOT_FOUND = "NOT_FOUND";

    private OrderEventCodec() {
    }

    static EventRow encode(OrderEvent event) {
        Fields.Writer w = new Fields.Writer();
        String type;
        // Java 17: no pattern-matching switch, so an instanceof chain over the sealed interface.
        if (event instanceof OrderEvent.Created c) {
            type = CREATED;
            OrderIntent i = c.intent();
            w.string(i.underlying()).string(i.instrument().venue()).string(i.instrument().name())
                    .enumValue(i.side()).number(i.size()).number(i.limitPrice()).enumValue(i.timeInForce())
                    .flag(i.reduceOnly()).enumValue(i.origin()).string(i.proposalId()).string(i.reason());
        } else if (event instanceof OrderEvent.Sent) {
            type = SENT;
        } else if (event instanceof OrderEvent.Acknowledged a) {
            type = ACKNOWLEDGED;
            w.string(a.venueOrderId());
        } else if (event instanceof OrderEvent.Filled f) {
            type = FILLED;
            w.string(f.tradeId()).number(f.size()).number(f.price()).number(f.fee());
        } else if (event instanceof OrderEvent.Cancelled c) {
            type = CANCELLED;
            w.string(c.reason());
        } else if (event instanceof OrderEvent.Rejected r) {
            type = REJECTED;
            w.string(r.reason());
        } else if (event instanceof OrderEvent.InDoubt d) {
            type = IN_DOUBT;
            w.string(d.reason());
        } else if (event instanceof OrderEvent.Found f) {
            type = FOUND;
            w.enumValue(f.venueState()).number(f.filledSize()).number(f.averagePrice()).string(f.venueOrderId());
        } else if (event instanceof OrderEvent.NotFound) {
            type = NOT_FOUND;
        } else {
            throw new IllegalArgumentException("no encoding for " + event.getClass().getName());
        }
        return EventRow.of(type, event.clientOrderId(), event.at(), w.encoded());
    }

    /** @throws IllegalArgumentException (or NullPointerException from a record) when the row does not decode */
    static OrderEvent decode(EventRow row) {
        Fields.Reader r = new Fields.Reader(row.payload());
        String id = Fields.unescape(row.clientOrderId());
        OrderEvent event;
        switch (row.type()) {
            case CREATED:
                event = new OrderEvent.Created(new OrderIntent(id, r.string(),
                        new InstrumentKey(r.string(), r.string()), r.enumValue(Side.class), r.number(), r.number(),
                        r.enumValue(TimeInForce.class), r.flag(), r.enumValue(OrderOrigin.class), r.string(),
                        r.string(), row.at()));
                break;
            case SENT:
                event = new OrderEvent.Sent(id, row.at());
                break;
            case ACKNOWLEDGED:
                event = new OrderEvent.Acknowledged(id, row.at(), r.string());
                break;
            case FILLED:
                event = new OrderEvent.Filled(id, row.at(), r.string(), r.number(), r.number(), r.number());
                break;
            case CANCELLED:
                event = new OrderEvent.Cancelled(id, row.at(), r.string());
                break;
            case REJECTED:
                event = new OrderEvent.Rejected(id, row.at(), r.string());
                break;
            case IN_DOUBT:
                event = new OrderEvent.InDoubt(id, row.at(), r.string());
                break;
            case FOUND:
                event = new OrderEvent.Found(id, row.at(), r.enumValue(OrderState.class), r.number(), r.number(),
                        r.string());
                break;
            case NOT_FOUND:
                event = new OrderEvent.NotFound(id, row.at());
                break;
            default:
                throw new IllegalArgumentException("unknown event type " + row.type());
        }
        r.end();
        return event;
    }
}
