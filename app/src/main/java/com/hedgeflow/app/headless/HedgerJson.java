package com.hedgeflow.app.headless;

import static com.hedgeflow.app.headless.AnalyticsJson.number;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.engine.hedging.HedgeDecision;
import com.hedgeflow.engine.hedging.HedgeProposal;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.PendingProposal;
import com.hedgeflow.engine.orders.Order;
import java.util.Locale;

/** The hedger's part of a headless line: mode, kill switch, the policy's last word, proposals and open orders. */
final class HedgerJson {
    private HedgerJson() {
    }

    static void write(ObjectNode o, HedgerStatus s, String underlying) {
        o.put("mode", lower(s.mode().name()));
        o.put("auto_off_reason", s.autoOffReason());
        ObjectNode kill = o.putObject("kill_switch");
        kill.put("engaged", s.killSwitch().engaged());
        kill.put("by", s.killSwitch().by());
        kill.put("reason", s.killSwitch().reason());
        HedgeDecision decision = s.lastDecisions().get(underlying);
        if (decision != null) {
            o.put("last_decision", decision.toString());
        }
        ArrayNode pending = o.putArray("pending");
        for (PendingProposal pp : s.pending()) {
            HedgeProposal p = pp.proposal();
            if (!p.underlying().equals(underlying)) {
                continue;
            }
            ObjectNode row = pending.addObject();
            row.put("id", p.id());
            row.put("venue", p.instrument().venue());
            row.put("instrument", p.instrument().name());
            row.put("side", lower(p.side().name()));
            number(row, "size", p.size());
            row.put("size_unit", p.sizeUnit());
            number(row, "limit_price", p.limitPrice());
            number(row, "notional_usd", p.notionalUsd());
            number(row, "expected_cost_usd", p.expectedCostUsd());
            number(row, "delta_before_coin", p.deltaBeforeCoin());
            number(row, "expected_delta_after_coin", p.expectedDeltaAfterCoin());
            row.put("reason", lower(p.reason().name()));
            row.put("expires_at", p.expiresAt().toString());
        }
        ArrayNode orders = o.putArray("open_orders");
        for (Order order : s.openOrders()) {
            if (!order.intent().underlying().equals(underlying)) {
                continue;
            }
            ObjectNode row = orders.addObject();
            row.put("client_order_id", order.clientOrderId());
            row.put("instrument", order.intent().instrument().name());
            row.put("side", lower(order.intent().side().name()));
            row.put("state", lower(order.state().name()));
            number(row, "size", order.intent().size());
            number(row, "filled", order.filledSize());
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
