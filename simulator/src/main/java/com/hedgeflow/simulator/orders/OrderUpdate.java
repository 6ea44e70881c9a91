package com.hedgeflow.simulator.orders;

import com.hedgeflow.simulator.book.DemoPosition;
import com.hedgeflow.simulator.instruments.ListedInstrument;
import com.hedgeflow.simulator.market.MarketSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * What one event (a new order, a fill on a tick, a cancel) changed on one instrument: what the private
 * {@code user.*} channels publish.
 *
 * @param market the market the event happened on, to mark the position
 */
public record OrderUpdate(ListedInstrument instrument, List<SimOrder> orders, List<SimTrade> trades,
        Optional<DemoPosition> position, MarketSnapshot market) {
    public OrderUpdate {
        orders = List.copyOf(orders);
        trades = List.copyOf(trades);
    }
}
