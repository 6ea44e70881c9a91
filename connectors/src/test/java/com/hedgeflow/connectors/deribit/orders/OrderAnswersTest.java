package com.hedgeflow.connectors.deribit.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aPartlyFilledIocIsAcknowledgedFilledPerTradeThenCancelled() throws Exception {
        List<OrderEvent> e = OrderAnswers.placed("c1", json("{'order':{'order_id':'BTC-9','order_state':'cancelled'},"
                + "'trades':[{'trade_id':'1','amount':10,'price':95000,'fee':0.0001,'timestamp':1},"
                + "{'trade_id':'2','amount':20,'price':95000.5}]}"), AT);
        assertEquals(4, e.size());
        assertEquals("BTC-9", assertInstanceOf(OrderEvent.Acknowledged.class, e.get(0)).venueOrderId());
        assertEquals("1", assertInstanceOf(OrderEvent.Filled.class, e.get(1)).tradeId());
        assertEquals(Instant.ofEpochMilli(1), e.get(1).at());
        assertEquals(20, assertInstanceOf(OrderEvent.Filled.class, e.get(2)).size());
        assertInstanceOf(OrderEvent.Cancelled.class, e.get(3));
        assertThrows(IllegalArgumentException.class, () -> OrderAnswers.placed("c1", json("{'trades':[]}"), AT));
    }

    @Test
    void queriesMapStatesAndTakeTheNewestOrderUnderALabel() throws Exception {
        assertInstanceOf(OrderEvent.NotFound.class, OrderAnswers.found("c", json("[]"), AT));
        OrderEvent.Found f = assertInstanceOf(OrderEvent.Found.class, OrderAnswers.found("c", json(
                "[{'order_id':'BTC-1','order_state':'cancelled','filled_amount':0,'average_price':0,'creation_timestamp':1},"
                        + "{'order_id':'BTC-2','order_state':'open','filled_amount':30,'average_price':95000,'creation_timestamp':2}]"),
                AT));
        assertEquals("BTC-2", f.venueOrderId());
        assertEquals(OrderState.PARTIALLY_FILLED, f.venueState());
        assertEquals(95000, f.averagePrice());
        assertEquals(OrderState.ACKNOWLEDGED, OrderAnswers.state("untriggered", 0));
        assertThrows(IllegalArgumentException.class, () -> OrderAnswers.state("weird", 0));
    }
}
