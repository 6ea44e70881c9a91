package com.hedgeflow.engine.orders;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One order's state, immutable: {@link #apply} returns the next state or throws and leaves this one as it was.
 * Invariants: the filled size never exceeds the order size and never falls; a terminal state never changes (a
 * late fill on a CANCELLED IOC still counts, the state stays CANCELLED); a trade id counts once.
 *
 * @param sendCount     how many times it went on the wire (a retry after NOT_FOUND reuses the id)
 * @param acknowledged  whether the venue ever confirmed it; a NOT_FOUND for such an order is a contradiction
 */
public record Order(OrderIntent intent, OrderState state, double filledSize, double averagePrice, double fees,
                    String venueOrderId, Set<String> tradeIds, int sendCount, boolean acknowledged,
                    Instant lastSentAt, Instant updatedAt, String note) {

    /** Fill sizes are doubles (0.001 BTC steps); this much over the order size is rounding, not an overfill. */
    private static final double SIZE_EPS = 1e-9;

    public Order {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(state, "state");
        tradeIds = Set.copyOf(tradeIds);
        venueOrderId = venueOrderId == null ? "" : venueOrderId;
        note = note == null ? "" : note;
    }

    public static Order of(OrderIntent intent) {
        return new Order(intent, OrderState.INTENT, 0, Double.NaN, 0, "", Set.of(), 0, false, null,
                intent.createdAt(), "");
    }

    public String clientOrderId() {
        return intent.clientOrderId();
    }

    public double remainingSize() {
        return Math.max(0, intent.size() - filledSize);
    }

    /** Signed filled size: what this order has added to the position. */
    public double signedFilledSize() {
        return intent.side().sign() * filledSize;
    }

    public Order apply(OrderEvent e) {
        if (!e.clientOrderId().equals(clientOrderId())) {
            throw new IllegalArgumentException("event for " + e.clientOrderId() + " applied to " + clientOrderId());
        }
        if (e instanceof OrderEvent.Created) {
            throw new IllegalStateException("order " + clientOrderId() + " already exists");
        } else if (e instanceof OrderEvent.Sent s) {
            OrderState next = state.moveTo(OrderState.SENT, clientOrderId());
            return new Order(intent, next, filledSize, averagePrice, fees, venueOrderId, tradeIds, sendCount + 1,
                    acknowledged, s.at(), s.at(), note);
        } else if (e instanceof OrderEvent.Acknowledged a) {
            return acknowledge(a);
        } else if (e instanceof OrderEvent.Filled f) {
            return fill(f);
        } else if (e instanceof OrderEvent.Cancelled c) {
            return move(OrderState.CANCELLED, c.at(), c.reason());
        } else if (e instanceof OrderEvent.Rejected r) {
            if (filledSize > 0) {
                throw new IllegalStateException("order " + clientOrderId() + ": rejected after " + filledSize
                        + " filled is impossible");
            }
            return move(OrderState.REJECTED, r.at(), r.reason());
        } else if (e instanceof OrderEvent.InDoubt d) {
            if (state == OrderState.IN_DOUBT) {
                return this; // another timeout on a query changes nothing
            }
            return move(OrderState.IN_DOUBT, d.at(), d.reason());
        } else if (e instanceof OrderEvent.Found f) {
            return found(f);
        } else if (e instanceof OrderEvent.NotFound n) {
            return notFound(n);
        }
        throw new IllegalArgumentException("unknown order event " + e);
    }

    private Order acknowledge(OrderEvent.Acknowledged a) {
        if (state == OrderState.PARTIALLY_FILLED || state == OrderState.FILLED || state == OrderState.CANCELLED) {
            // Streams race: the fill or the IOC's end can arrive before the ack. The ack then only adds the venue id.
            return venueOrderId.isEmpty() && a.venueOrderId() != null
                    ? new Order(intent, state, filledSize, averagePrice, fees, a.venueOrderId(), tradeIds, sendCount,
                    true, lastSentAt, updatedAt, note)
                    : this;
        }
        if (state == OrderState.ACKNOWLEDGED) {
            return this;
        }
        // Back from IN_DOUBT with fills already counted, the order is partly filled, not merely acknowledged.
        OrderState next = state.moveTo(filledSize > 0 ? OrderState.PARTIALLY_FILLED : OrderState.ACKNOWLEDGED,
                clientOrderId());
        return new Order(intent, next, filledSize, averagePrice, fees, a.venueOrderId(), tradeIds, sendCount, true,
                lastSentAt, a.at(), note);
    }

    private Order fill(OrderEvent.Filled f) {
        if (tradeIds.contains(f.tradeId())) {
            return this;
        }
        double total = filledSize + f.size();
        if (total > intent.size() * (1 + SIZE_EPS)) {
            throw new IllegalStateException(String.format("order %s: fill %s of %s would take the filled size to %s,"
                    + " over the order size %s", clientOrderId(), f.tradeId(), f.size(), total, intent.size()));
        }
        if (state == OrderState.INTENT || state == OrderState.REJECTED || state == OrderState.FILLED) {
            throw new IllegalStateException("order " + clientOrderId() + ": fill " + f.tradeId() + " in state "
                    + state + " is impossible");
        }
        OrderState next = state;
        if (!state.isTerminal()) {
            next = state.moveTo(isComplete(total) ? OrderState.FILLED : OrderState.PARTIALLY_FILLED, clientOrderId());
        }
        double avg = filledSize == 0 ? f.price() : (averagePrice * filledSize + f.price() * f.size()) / total;
        Set<String> ids = new HashSet<>(tradeIds);
        ids.add(f.tradeId());
        return new Order(intent, next, isComplete(total) ? intent.size() : total, avg, fees + f.fee(), venueOrderId,
                ids, sendCount, acknowledged, lastSentAt, f.at(), note);
    }

    private Order found(OrderEvent.Found f) {
        if (state != OrderState.IN_DOUBT) {
            throw new IllegalStateException("order " + clientOrderId() + " is " + state
                    + ": only an IN_DOUBT order is resolved by a venue query");
        }
        double venueFilled = f.filledSize();
        if (venueFilled > intent.size() * (1 + SIZE_EPS)) {
            throw new IllegalStateException(String.format("order %s: the venue reports %s filled, over the size %s",
                    clientOrderId(), venueFilled, intent.size()));
        }
        double filled = Math.max(filledSize, venueFilled);
        OrderState venueState = f.venueState();
        if (venueState == OrderState.REJECTED && filled > 0) {
            throw new IllegalStateException("order " + clientOrderId() + ": the venue says REJECTED but " + filled
                    + " is filled");
        }
        if (venueState == OrderState.FILLED && !isComplete(filled)) {
            throw new IllegalStateException("order " + clientOrderId() + ": the venue says FILLED but only " + filled
                    + " of " + intent.size() + " is filled");
        }
        OrderState next = state.moveTo(venueState, clientOrderId());
        double avg = venueFilled > filledSize && f.averagePrice() > 0 ? f.averagePrice() : averagePrice;
        String venueId = f.venueOrderId() == null || f.venueOrderId().isEmpty() ? venueOrderId : f.venueOrderId();
        return new Order(intent, next, isComplete(filled) ? intent.size() : filled, avg, fees, venueId, tradeIds,
                sendCount, true, lastSentAt, f.at(), "found on the venue: " + venueState);
    }

    private Order notFound(OrderEvent.NotFound n) {
        if (state != OrderState.IN_DOUBT) {
            throw new IllegalStateException("order " + clientOrderId() + " is " + state
                    + ": only an IN_DOUBT order is resolved by a venue query");
        }
        if (acknowledged || filledSize > 0) {
            throw new IllegalStateException("order " + clientOrderId() + ": the venue says it has no such order, but"
                    + " it was acknowledged or filled before; it stays IN_DOUBT");
        }
        OrderState next = state.moveTo(OrderState.INTENT, clientOrderId());
        return new Order(intent, next, filledSize, averagePrice, fees, venueOrderId, tradeIds, sendCount, false,
                lastSentAt, n.at(), "venue has no such order: safe to send again under the same id");
    }

    private Order move(OrderState to, Instant at, String why) {
        OrderState next = state.moveTo(to, clientOrderId());
        return new Order(intent, next, filledSize, averagePrice, fees, venueOrderId, tradeIds, sendCount,
                acknowledged, lastSentAt, at, why);
    }

    private boolean isComplete(double filled) {
        return filled >= intent.size() * (1 - SIZE_EPS);
    }
}
