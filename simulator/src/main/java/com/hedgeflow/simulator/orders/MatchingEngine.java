package com.hedgeflow.simulator.orders;

import com.hedgeflow.simulator.book.DemoBook;
import com.hedgeflow.simulator.book.DemoPosition;
import com.hedgeflow.simulator.instruments.ListedInstrument;
import com.hedgeflow.simulator.market.InstrumentQuote;
import com.hedgeflow.simulator.market.MarketSnapshot;
import com.hedgeflow.simulator.market.Rounding;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The demo account's orders against the simulated top of book. An order that crosses the quote on arrival
 * takes it in full at the best price; a good-til-cancelled order that does not rests and fills at its limit on
 * the first tick whose quote crosses it. Fills move the demo book's positions. One lock: requests and ticks
 * arrive on different threads, and every change is published (inside the lock, so in order) to the listener.
 */
public final class MatchingEngine {
    /** Deribit's perpetual taker fee, 0.05 % of notional; the maker fee is zero. */
    static final double PERP_TAKER_FEE = 0.0005;
    /** Options: 0.03 % of the underlying per contract, capped at 12.5 % of the premium. */
    static final double OPTION_FEE = 0.0003;
    static final double OPTION_FEE_CAP = 0.125;

    private final DemoBook book;
    private final Supplier<MarketSnapshot> market;
    private final Clock clock;
    private final Map<String, SimOrder> orders = new LinkedHashMap<>();
    private final List<SimTrade> trades = new ArrayList<>();
    private final Map<String, Long> tradeSeq = new HashMap<>();
    private long nextOrderId = 4_000_000_000L;
    private long nextTradeId = 300_000_000L;
    private volatile Consumer<OrderUpdate> listener = u -> {
    };

    public MatchingEngine(DemoBook book, Supplier<MarketSnapshot> market, Clock clock) {
        this.book = Objects.requireNonNull(book, "book");
        this.market = Objects.requireNonNull(market, "market");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void onUpdate(Consumer<OrderUpdate> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The order as it stands after arrival, with the trades it made then. */
    public record Placed(SimOrder order, List<SimTrade> trades) {
    }

    public synchronized Placed place(OrderRequest r) throws OrderRejected {
        OrderRules.check(r);
        checkReduceOnly(r);
        MarketSnapshot snapshot = market.get();
        TopOfBook top = TopOfBook.of(quote(snapshot, r.instrument()));
        long now = clock.millis();
        SimOrder order = new SimOrder("BTC-" + nextOrderId++, r.instrument(), r.buy() ? "buy" : "sell", r.orderType(),
                r.timeInForce(), r.price(), r.amount(), 0, 0, r.label(), r.postOnly(), r.reduceOnly(), "open", "",
                now, now);
        List<SimTrade> made = new ArrayList<>();
        double take = top.takePrice(r.buy(), r.isMarket(), r.price());
        if (!Double.isNaN(take) && r.postOnly()) {
            // Post-only never takes: Deribit moves the price to just inside the spread and rests it.
            double tick = r.instrument().tickSize();
            order = order.withPrice(Rounding.nearestTick(r.buy() ? take - tick : take + tick, tick));
            take = Double.NaN;
        }
        if (!Double.isNaN(take)) {
            if (r.isMarket()) {
                order = order.withPrice(take);
            }
            order = order.filled(order.remaining(), take, now);
            made.add(trade(order, take, order.amount(), "T", top, now));
        } else if (!"good_til_cancelled".equals(r.timeInForce()) || r.isMarket()) {
            // IOC, FOK and market orders never rest: what did not cross is cancelled at once.
            order = order.cancelled("", now);
        }
        orders.put(order.orderId(), order);
        publish(order, made, snapshot);
        return new Placed(order, made);
    }

    /** Fills resting orders the new quotes cross, at their own limit (they were there first). */
    public synchronized void onTick(MarketSnapshot snapshot) {
        for (SimOrder order : List.copyOf(orders.values())) {
            if (!order.isOpen()) {
                continue;
            }
            TopOfBook top = TopOfBook.of(quote(snapshot, order.instrument()));
            if (Double.isNaN(top.takePrice(order.isBuy(), false, order.price()))) {
                continue;
            }
            long now = snapshot.timestamp().toEpochMilli();
            SimOrder filled = order.filled(order.remaining(), order.price(), now);
            SimTrade trade = trade(filled, order.price(), order.remaining(), "M", top, now);
            orders.put(filled.orderId(), filled);
            publish(filled, List.of(trade), snapshot);
        }
    }

    public synchronized SimOrder cancel(String orderId) throws OrderRejected {
        SimOrder order = orders.get(orderId);
        if (order == null) {
            throw new OrderRejected(OrderRejected.ORDER_NOT_FOUND, "order_not_found", "no order " + orderId);
        }
        if (!order.isOpen()) {
            throw new OrderRejected(OrderRejected.NOT_OPEN_ORDER, "not_open_order", orderId + " is " + order.state());
        }
        SimOrder cancelled = order.cancelled("user_request", clock.millis());
        orders.put(orderId, cancelled);
        publish(cancelled, List.of(), market.get());
        return cancelled;
    }

    /**
     * Cancel-on-disconnect: cancels those of {@code orderIds} still open, with the venue's reason
     * {@code cancel_on_disconnect}; returns how many.
     */
    public synchronized int cancelOnDisconnect(Collection<String> orderIds) {
        int count = 0;
        for (String id : orderIds) {
            SimOrder order = orders.get(id);
            if (order != null && order.isOpen()) {
                SimOrder cancelled = order.cancelled("cancel_on_disconnect", clock.millis());
                orders.put(id, cancelled);
                publish(cancelled, List.of(), market.get());
                count++;
            }
        }
        return count;
    }

    /** Cancels every open order; returns how many. */
    public synchronized int cancelAll() {
        int count = 0;
        for (SimOrder order : List.copyOf(orders.values())) {
            if (order.isOpen()) {
                try {
                    cancel(order.orderId());
                    count++;
                } catch (OrderRejected impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return count;
    }

    public synchronized Optional<SimOrder> order(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    /** Open orders, oldest first; {@code kind} null means every kind. */
    public synchronized List<SimOrder> openOrders(String kind) {
        return orders.values().stream()
                .filter(SimOrder::isOpen)
                .filter(o -> kind == null || kind.equals(o.instrument().kind()))
                .toList();
    }

    /** Every order (open or finished) carrying this label, oldest first. */
    public synchronized List<SimOrder> ordersByLabel(String label) {
        return orders.values().stream().filter(o -> label.equals(o.label())).toList();
    }

    /** The account's trades, newest first, at most {@code count}; {@code kind} null means every kind. */
    public synchronized List<SimTrade> trades(String kind, int count) {
        List<SimTrade> out = new ArrayList<>();
        for (int i = trades.size() - 1; i >= 0 && out.size() < count; i--) {
            SimTrade t = trades.get(i);
            if (kind == null || kind.equals(t.instrument().kind())) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A reduce-only order must shrink the position by no more than its size, so it can never open or flip one
     * (the simulator refuses it rather than trimming it, which keeps the order's amount what was asked).
     */
    private void checkReduceOnly(OrderRequest r) throws OrderRejected {
        if (!r.reduceOnly()) {
            return;
        }
        double size = book.position(r.instrument().name()).map(DemoPosition::size).orElse(0.0);
        boolean reduces = r.buy() ? size < 0 : size > 0;
        if (!reduces || r.amount() > Math.abs(size) + 1e-9) {
            throw new OrderRejected(OrderRejected.INVALID_ARGUMENTS, "invalid_arguments",
                    "reduce_only order of " + r.amount() + " does not reduce the position of " + size);
        }
    }

    private SimTrade trade(SimOrder order, double price, double size, String liquidity, TopOfBook top, long now) {
        ListedInstrument i = order.instrument();
        long seq = tradeSeq.merge(i.name(), 1L, Long::sum);
        SimTrade t = new SimTrade(Long.toString(nextTradeId++), seq, i, now, order.orderId(), order.orderType(),
                order.direction(), price, size, order.state(), liquidity, fee(i, price, size, liquidity), top.mark(),
                top.index(), order.label(), order.reduceOnly(), order.postOnly());
        trades.add(t);
        book.applyFill(i, order.isBuy() ? size : -size, price, top.index());
        return t;
    }

    private static double fee(ListedInstrument i, double price, double size, String liquidity) {
        if (i.perpetual()) {
            return "M".equals(liquidity) ? 0.0 : Rounding.decimals(PERP_TAKER_FEE * size / price, 8);
        }
        return Rounding.decimals(Math.min(OPTION_FEE, OPTION_FEE_CAP * price) * size, 8);
    }

    private void publish(SimOrder order, List<SimTrade> made, MarketSnapshot snapshot) {
        listener.accept(new OrderUpdate(order.instrument(), List.of(order), made,
                book.position(order.instrument().name()), snapshot));
    }

    private static InstrumentQuote quote(MarketSnapshot snapshot, ListedInstrument i) {
        return snapshot.quote(i.name()).orElseThrow(() -> new IllegalStateException("no quote for " + i.name()));
    }
}
