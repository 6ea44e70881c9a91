package com.hedgeflow.engine.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.hedging.Books;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {
    private static final Instant T = Books.T0;
    private static final String ID = "hf-BTC-1-abcdef";

    static OrderIntent intent(double size) {
        return new OrderIntent(ID, "BTC", Books.PERP.key(), Side.SELL, size, 99_800, TimeInForce.IMMEDIATE_OR_CANCEL,
                false, OrderOrigin.AUTO_HEDGE, "hp-BTC-1", "BAND_BREACH", T);
    }

    static Order sent(double size) {
        return Order.of(intent(size)).apply(new OrderEvent.Sent(ID, T));
    }

    @Test
    void everyTransitionOutsideTheTableThrowsNamingBothStates() {
        for (OrderState from : OrderState.values()) {
            for (OrderState to : OrderState.values()) {
                if (from.canMoveTo(to)) {
                    assertSame(to, from.moveTo(to, ID));
                } else {
                    IllegalOrderTransitionException e = assertThrows(IllegalOrderTransitionException.class,
                            () -> from.moveTo(to, ID));
                    assertTrue(e.getMessage().contains(from + " -> " + to), e.getMessage());
                }
            }
        }
        for (OrderState terminal : new OrderState[] {OrderState.FILLED, OrderState.CANCELLED, OrderState.REJECTED}) {
            assertTrue(terminal.isTerminal());
            assertTrue(terminal.next().isEmpty());
        }
    }

    @Test
    void ackPartialThenFull() {
        Order o = sent(50_000).apply(new OrderEvent.Acknowledged(ID, T, "v-1"));
        o = o.apply(new OrderEvent.Filled(ID, T, "t-1", 20_000, 99_990, 0.0001));
        assertEquals(OrderState.PARTIALLY_FILLED, o.state());
        o = o.apply(new OrderEvent.Filled(ID, T, "t-2", 30_000, 99_980, 0.00015));
        assertEquals(OrderState.FILLED, o.state());
        assertEquals(50_000, o.filledSize(), 0);
        assertEquals((20_000 * 99_990.0 + 30_000 * 99_980.0) / 50_000, o.averagePrice(), 1e-9);
        assertEquals(-50_000, o.signedFilledSize(), 0);
    }

    @Test
    void theSameTradeCountsOnce() {
        Order o = sent(50_000).apply(new OrderEvent.Filled(ID, T, "t-1", 20_000, 99_990, 0));
        assertSame(o, o.apply(new OrderEvent.Filled(ID, T, "t-1", 20_000, 99_990, 0)));
    }

    @Test
    void fillsNeverExceedTheOrderSize() {
        Order o = sent(50_000).apply(new OrderEvent.Filled(ID, T, "t-1", 40_000, 99_990, 0));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> o.apply(new OrderEvent.Filled(ID, T, "t-2", 20_000, 99_990, 0)));
        assertTrue(e.getMessage().contains("over the order size"), e.getMessage());
    }

    @Test
    void aLateFillOnACancelledIocCountsButTheStateStaysCancelled() {
        Order o = sent(50_000).apply(new OrderEvent.Cancelled(ID, T, "IOC remainder"));
        o = o.apply(new OrderEvent.Filled(ID, T, "t-1", 10_000, 99_990, 0));
        assertEquals(OrderState.CANCELLED, o.state());
        assertEquals(10_000, o.filledSize(), 0);
        Order done = o;
        assertThrows(IllegalOrderTransitionException.class,
                () -> done.apply(new OrderEvent.Acknowledged(ID, T, "v")).apply(new OrderEvent.Sent(ID, T)));
    }

    @Test
    void aTimeoutIsInDoubtAndOnlyTheVenueResolvesIt() {
        Order o = sent(50_000).apply(new OrderEvent.InDoubt(ID, T, "HTTP 503"));
        assertEquals(OrderState.IN_DOUBT, o.state());
        Order doubtful = o;
        assertThrows(IllegalOrderTransitionException.class, () -> doubtful.apply(new OrderEvent.Sent(ID, T)));
        Order found = o.apply(new OrderEvent.Found(ID, T, OrderState.FILLED, 50_000, 99_985, "v-9"));
        assertEquals(OrderState.FILLED, found.state());
        assertEquals(99_985, found.averagePrice(), 0);
        assertEquals("v-9", found.venueOrderId());
    }

    @Test
    void notFoundMakesItSafeToSendAgainUnderTheSameId() {
        Order o = sent(50_000).apply(new OrderEvent.InDoubt(ID, T, "timeout"))
                .apply(new OrderEvent.NotFound(ID, T));
        assertEquals(OrderState.INTENT, o.state());
        o = o.apply(new OrderEvent.Sent(ID, T));
        assertEquals(OrderState.SENT, o.state());
        assertEquals(2, o.sendCount());
        assertEquals(ID, o.clientOrderId());
    }

    @Test
    void notFoundForAnOrderTheVenueOnceAcknowledgedIsAContradiction() {
        Order o = sent(50_000).apply(new OrderEvent.Acknowledged(ID, T, "v-1"))
                .apply(new OrderEvent.InDoubt(ID, T, "socket dropped"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> o.apply(new OrderEvent.NotFound(ID, T)));
        assertTrue(e.getMessage().contains("stays IN_DOUBT"), e.getMessage());
    }

    @Test
    void queryAnswersOnlyResolveInDoubtOrders() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sent(50_000).apply(new OrderEvent.NotFound(ID, T)));
        assertTrue(e.getMessage().contains("only an IN_DOUBT order"), e.getMessage());
    }

    @Test
    void aLateAckAfterTheFillOnlyRecordsTheVenueId() {
        Order o = sent(50_000).apply(new OrderEvent.Filled(ID, T, "t-1", 50_000, 99_990, 0))
                .apply(new OrderEvent.Acknowledged(ID, T, "v-1"));
        assertEquals(OrderState.FILLED, o.state());
        assertEquals("v-1", o.venueOrderId());
    }

    @Test
    void aRejectionAfterFillsIsImpossible() {
        Order o = sent(50_000).apply(new OrderEvent.Filled(ID, T, "t-1", 1_000, 99_990, 0))
                .apply(new OrderEvent.InDoubt(ID, T, "timeout"));
        assertThrows(IllegalStateException.class, () -> o.apply(new OrderEvent.Rejected(ID, T, "?")));
        assertFalse(o.state().isTerminal());
    }
}
