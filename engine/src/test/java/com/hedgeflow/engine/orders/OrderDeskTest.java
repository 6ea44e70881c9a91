package com.hedgeflow.engine.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.hedging.Books;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderDeskTest {
    private static final Instant T = Books.T0;

    private final InMemoryOrderJournal journal = new InMemoryOrderJournal("journal-1");
    private final RecordingGateway gateway = new RecordingGateway(journal);
    private final OrderDesk desk = OrderDesk.recover(journal, gateway, Duration.ofSeconds(2), T);

    private OrderIntent intent() {
        return new OrderIntent(desk.nextClientOrderId("BTC"), "BTC", Books.PERP.key(), Side.SELL, 50_000, 99_800,
                TimeInForce.IMMEDIATE_OR_CANCEL, false, OrderOrigin.AUTO_HEDGE, "hp-1", "BAND_BREACH", T);
    }

    @Test
    void theIntentAndTheSendAreJournaledBeforeTheGatewaySeesTheOrder() {
        OrderIntent i = intent();
        desk.submit(i, T);
        List<OrderEvent> atSend = gateway.journalAtSend.get(0);
        assertEquals(List.of(new OrderEvent.Created(i), new OrderEvent.Sent(i.clientOrderId(), T)), atSend);
        assertEquals(OrderState.SENT, desk.blotter().order(i.clientOrderId()).state());
    }

    @Test
    void aSendThatThrowsLeavesTheOrderInDoubtNeverFailed() {
        gateway.failSends = true;
        OrderIntent i = intent();
        Order o = desk.submit(i, T);
        assertEquals(OrderState.IN_DOUBT, o.state());
        assertTrue(o.note().contains("read timed out"), o.note());
    }

    @Test
    void inDoubtOrdersAreQueriedAfterAGraceAndThenEveryInterval() {
        OrderIntent i = intent();
        desk.submit(i, T);
        desk.onEvent(new OrderEvent.InDoubt(i.clientOrderId(), T, "timeout"));
        desk.queryInDoubt(T.plusMillis(1_000));
        assertEquals(0, gateway.queried.size(), "grace period");
        desk.queryInDoubt(T.plusMillis(2_000));
        desk.queryInDoubt(T.plusMillis(3_000));
        assertEquals(1, gateway.queried.size());
        desk.queryInDoubt(T.plusMillis(4_000));
        assertEquals(2, gateway.queried.size());
        assertEquals(1, gateway.sent.size(), "queried, never resent");
    }

    @Test
    void aRetryReusesTheIdOnlyAfterTheVenueSaysItHasNoSuchOrder() {
        OrderIntent i = intent();
        desk.submit(i, T);
        assertThrows(IllegalStateException.class, () -> desk.resend(i.clientOrderId(), T));
        desk.onEvent(new OrderEvent.InDoubt(i.clientOrderId(), T, "timeout"));
        assertThrows(IllegalStateException.class, () -> desk.resend(i.clientOrderId(), T));
        desk.onEvent(new OrderEvent.NotFound(i.clientOrderId(), T.plusSeconds(3)));
        desk.resend(i.clientOrderId(), T.plusSeconds(3));
        assertEquals(2, gateway.sent.size());
        assertEquals(gateway.sent.get(0), gateway.sent.get(1));
    }

    @Test
    void aRestartCancelsUnsentIntentsPutsLiveOrdersInDoubtAndContinuesTheIds() {
        OrderIntent sentOne = intent();
        desk.submit(sentOne, T);
        OrderIntent unsent = intent();
        desk.blotter().record(new OrderEvent.Created(unsent));
        OrderIntent filled = intent();
        desk.submit(filled, T);
        desk.onEvent(new OrderEvent.Filled(filled.clientOrderId(), T, "t-1", 50_000, 99_900, 0));

        OrderDesk restarted = OrderDesk.recover(journal, gateway, Duration.ofSeconds(2), T.plusSeconds(60));
        assertEquals(OrderState.IN_DOUBT, restarted.blotter().order(sentOne.clientOrderId()).state());
        assertEquals(OrderState.CANCELLED, restarted.blotter().order(unsent.clientOrderId()).state());
        assertEquals(OrderState.FILLED, restarted.blotter().order(filled.clientOrderId()).state());
        assertTrue(restarted.nextClientOrderId("BTC").startsWith("hf-BTC-4-"));
        assertEquals(OrderBlotter.replay(journal).snapshot(), restarted.blotter().snapshot());
    }

    @Test
    void anImpossibleEventChangesNothingAndIsNotJournaled() {
        OrderIntent i = intent();
        desk.submit(i, T);
        int before = journal.readAll().size();
        assertThrows(IllegalStateException.class,
                () -> desk.onEvent(new OrderEvent.Filled(i.clientOrderId(), T, "t-1", 60_000, 99_900, 0)));
        assertEquals(before, journal.readAll().size());
        assertEquals(OrderState.SENT, desk.blotter().order(i.clientOrderId()).state());
        assertThrows(IllegalStateException.class, () -> desk.onEvent(new OrderEvent.Sent("hf-unknown", T)));
    }
}
