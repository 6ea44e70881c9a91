package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.simulator.book.ValuedPosition;

import static com.hedgeflow.simulator.deribit.JsonFields.number;

/** One {@code private/get_positions} entry (venues.md §1.7.3) with Deribit's names. */
final class PositionJson {
    private PositionJson() {
    }

    static ObjectNode position(ValuedPosition v) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        boolean option = v.position().instrument().isOption();
        d.put("instrument_name", v.position().instrument().name());
        d.put("kind", v.position().instrument().kind());
        d.put("direction", v.direction());
        number(d, "size", v.position().size());
        number(d, "average_price", v.position().averagePrice());
        number(d, "mark_price", v.markPrice());
        number(d, "index_price", v.indexPrice());
        number(d, "settlement_price", v.settlementPrice());
        number(d, "delta", v.delta());
        number(d, "floating_profit_loss", v.floatingPnl());
        number(d, "realized_profit_loss", v.position().realizedPnl());
        number(d, "total_profit_loss", v.totalPnl());
        number(d, "initial_margin", v.initialMargin());
        number(d, "maintenance_margin", v.maintenanceMargin());
        number(d, "open_orders_margin", 0.0);
        if (option) {
            number(d, "gamma", v.gamma());
            number(d, "vega", v.vega());
            number(d, "theta", v.theta());
            number(d, "average_price_usd", v.position().averagePriceUsd());
            number(d, "floating_profit_loss_usd", v.floatingPnlUsd());
        } else {
            number(d, "size_currency", v.sizeCurrency());
            d.put("leverage", (int) v.leverage());
            number(d, "estimated_liquidation_price", v.estimatedLiquidationPrice());
            number(d, "realized_funding", 0.0);
            number(d, "interest_value", v.interestValue());
        }
        return d;
    }
}
