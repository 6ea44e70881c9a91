package com.hedgeflow.engine.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.hedging.Books;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever a venue throws at the blotter, in whatever order — acks, fills (repeated, oversized), cancels,
 * rejects, timeouts, query answers — the order book keeps its invariants, and the journal replays to the same
 * state. Impossible events are refused and change nothing.
 */
class OrderLifecycleProperties {
    private static final Instant T = Books.T0;
    private static final double[] SIZES = {50_000, 0.03, 10};

    enum Kind { SEND, ACK, FILL, CANCEL, REJECT, IN_DOUBT, FOUND, NOT_FOUND }

    record Step(int order, Kind kind, int trade, double fraction, OrderState venueState) {
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, SIZES.length - 1),
                // Weighted so that most orders get sent, filled, doubted and retried, not just cancelled unsent.
                Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.just(Kind.SEND)),
                        Tuple.of(2, Arbitraries.just(Kind.ACK)),
                        Tuple.of(5, Arbitraries.just(Kind.FILL)),
                        Tuple.of(1, Arbitraries.just(Kind.CANCEL)),
                        Tuple.of(1, Arbitraries.just(Kind.REJECT)),
                        Tuple.of(3, Arbitraries.just(Kind.IN_DOUBT)),
                        Tuple.of(2, Arbitraries.just(Kind.FOUND)),
                        Tuple.of(2, Arbitraries.just(Kind.NOT_FOUND))),
                Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0.05, 0.7),
                Arbitraries.of(OrderState.ACKNOWLEDGED, OrderState.PARTIALLY_FILLED, OrderState.FILLED,
                        OrderState.CANCELLED, OrderState.REJECTED))
                .as(Step::new);
        return step.list().ofMinSize(10).ofMaxSize(60);
    }

    @Property(tries = 200)
    void randomEventsNeverBreakTheInvariants(@ForAll("scripts") List<Step> script) {
        InMemoryOrderJournal journal = new InMemoryOrderJournal("prop");
        OrderBlotter blotter = new OrderBlotter(journal);
        ClientOrderIds ids = new ClientOrderIds("prop", 0);
        String[] orderIds = new String[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            orderIds[i] = ids.next("BTC");
            blotter.record(new OrderEvent.Created(new OrderIntent(orderIds[i], "BTC", Books.PERP.key(),
                    i % 2 == 0 ? Side.BUY : Side.SELL, SIZES[i], 100_000, TimeInForce.IMMEDIATE_OR_CANCEL, false,
                    OrderOrigin.AUTO_HEDGE, "", "", T)));
        }
        Map<String, OrderState> terminal = new HashMap<>();
        int n = 0;
        for (Step s : script) {
            String id = orderIds[s.order()];
            Order before = blotter.order(id);
            OrderEvent e = event(s, before, T.plusMillis(++n));
            try {
                blotter.record(e);
            } catch (IllegalStateException | IllegalArgumentException refused) {
                assertEquals(before, blotter.order(id), "a refused event must change nothing");
            }
            Order after = blotter.order(id);
            assertTrue(after.filledSize() <= after.intent().size() * (1 + 1e-9), "overfilled: " + after);
            assertTrue(after.filledSize() >= before.filledSize(), "filled size fell: " + before + " -> " + after);
            if (after.state() != before.state()) {
                assertTrue(before.state().canMoveTo(after.state()),
                        before.state() + " -> " + after.state() + " is not in the table");
            }
            OrderState was = terminal.get(id);
            if (was != null) {
                assertEquals(was, after.state(), "a terminal state changed");
            } else if (after.state().isTerminal()) {
                terminal.put(id, after.state());
            }
            if (after.state() == OrderState.FILLED) {
                assertEquals(after.intent().size(), after.filledSize(), 0);
            }
            if (after.state() == OrderState.REJECTED) {
                assertEquals(0, after.filledSize(), 0);
            }
        }
        assertEquals(blotter.snapshot(), OrderBlotter.replay(journal).snapshot(), "replay(journal) != live state");
    }

    /** Trade number 5 fills exactly what is left, so that orders do reach FILLED. */
    private static OrderEvent event(Step s, Order order, Instant at) {
        String id = order.clientOrderId();
        double size = order.intent().size();
        switch (s.kind()) {
            case SEND:
                return new OrderEvent.Sent(id, at);
            case ACK:
                return new OrderEvent.Acknowledged(id, at, "v-" + id);
            case FILL:
                double fill = s.trade() == 5 && order.remainingSize() > 0 ? order.remainingSize() : s.fraction() * size;
                return new OrderEvent.Filled(id, at, "t-" + s.trade(), fill, 100_000, 0);
            case CANCEL:
                return new OrderEvent.Cancelled(id, at, "ioc");
            case REJECT:
                return new OrderEvent.Rejected(id, at, "price band");
            case IN_DOUBT:
                return new OrderEvent.InDoubt(id, at, "timeout");
            case FOUND:
                double filled = s.venueState() == OrderState.FILLED ? size
                        : s.venueState() == OrderState.REJECTED ? 0 : s.fraction() * size;
                return new OrderEvent.Found(id, at, s.venueState(), filled, 100_000, "v-" + id);
            case NOT_FOUND:
                return new OrderEvent.NotFound(id, at);
            default:
                throw new IllegalArgumentException(s.kind().name());
        }
    }
}
