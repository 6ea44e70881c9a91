package com.hedgeflow.app.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.orders.InMemoryOrderJournal;
import com.hedgeflow.engine.orders.OrderBlotter;
import com.hedgeflow.engine.orders.OrderEvent;
import com.hedgeflow.engine.orders.OrderIntent;
import com.hedgeflow.engine.orders.OrderOrigin;
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.orders.Side;
import com.hedgeflow.engine.orders.TimeInForce;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Random event streams through the SQLite journal, compared with the in-memory one the engine tests use. */
class JournalProperties {

    @Property(tries = 60)
    void appendedEventsReadBackEqualAndInOrder(@ForAll("events") List<OrderEvent> events) throws IOException {
        Path dir = Files.createTempDirectory("journal-prop");
        try (JournalDatabase db = JournalDatabase.open(dir.resolve("j.db"))) {
            events.forEach(db.orders()::append);
            assertEquals(events, db.orders().readAll());
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 60)
    void blotterOverSqliteBehavesAsOverMemoryAndReplaysTheSame(@ForAll("lifecycles") List<OrderEvent> candidates)
            throws IOException {
        Path dir = Files.createTempDirectory("journal-prop");
        InMemoryOrderJournal memory = new InMemoryOrderJournal("e");
        OrderBlotter inMemory = new OrderBlotter(memory);
        try (JournalDatabase db = JournalDatabase.open(dir.resolve("j.db"))) {
            OrderBlotter overSqlite = new OrderBlotter(db.orders());
            for (OrderEvent e : candidates) {
                // Most random events are impossible for their order; both blotters must refuse the same ones.
                assertEquals(outcome(inMemory, e), outcome(overSqlite, e), "for " + e);
            }
            assertEquals(memory.readAll(), db.orders().readAll());
            // Evidence the generator reaches real lifecycles rather than refusals only.
            Statistics.label("events journaled").collect(memory.readAll().size() / 5 * 5);
            assertEquals(inMemory.snapshot(), OrderBlotter.replay(db.orders()).snapshot());
        }
        try (JournalDatabase db = JournalDatabase.open(dir.resolve("j.db"))) {
            assertEquals(inMemory.snapshot(), OrderBlotter.replay(db.orders()).snapshot(), "after reopening");
        } finally {
            delete(dir);
        }
    }

    private static String outcome(OrderBlotter blotter, OrderEvent e) {
        try {
            return "ok " + blotter.record(e);
        } catch (RuntimeException ex) {
            return "refused " + ex.getClass().getSimpleName();
        }
    }

    @Provide
    Arbitrary<List<OrderEvent>> events() {
        Arbitrary<String> ids = Arbitraries.of("a", "b", "c;\\N", "d\uD800é");
        Arbitrary<Instant> times = Combinators.combine(Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(8), Arbitraries.of("", SampleEvents.AWKWARD));
        Arbitrary<Double> positive = Arbitraries.oneOf(Arbitraries.doubles().between(1e-9, 10).ofScale(12).filter(d -> d > 0),
                Arbitraries.of(Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2, 1e-300));
        Arbitrary<Double> any = Arbitraries.oneOf(Arbitraries.doubles(),
                Arbitraries.of(Double.NaN, -0.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        Arbitrary<String> tradeIds = Arbitraries.of("t1", "t2", "t3", "t;4");

        Arbitrary<OrderEvent> created = Combinators.combine(ids, positive, positive, Arbitraries.of(Side.class),
                Arbitraries.of(OrderOrigin.class), text, times).as((id, size, limit, side, origin, reason, at) ->
                new OrderEvent.Created(new OrderIntent(id, "BTC", new InstrumentKey("deribit", "BTC-PERPETUAL"),
                        side, size, limit, TimeInForce.IMMEDIATE_OR_CANCEL, side == Side.SELL, origin, reason,
                        reason, at)));
        Arbitrary<OrderEvent> sent = Combinators.combine(ids, times).as(OrderEvent.Sent::new);
        Arbitrary<OrderEvent> ack = Combinators.combine(ids, times, text).as(OrderEvent.Acknowledged::new);
        Arbitrary<OrderEvent> filled = Combinators.combine(ids, times, tradeIds, positive, positive, any)
                .as(OrderEvent.Filled::new);
        Arbitrary<OrderEvent> cancelled = Combinators.combine(ids, times, text).as(OrderEvent.Cancelled::new);
        Arbitrary<OrderEvent> rejected = Combinators.combine(ids, times, text).as(OrderEvent.Rejected::new);
        Arbitrary<OrderEvent> inDoubt = Combinators.combine(ids, times, text).as(OrderEvent.InDoubt::new);
        Arbitrary<OrderEvent> found = Combinators.combine(ids, times,
                Arbitraries.of(OrderState.ACKNOWLEDGED, OrderState.PARTIALLY_FILLED, OrderState.FILLED,
                        OrderState.CANCELLED, OrderState.REJECTED),
                Arbitraries.doubles().between(0, 1).ofScale(9), Arbitraries.oneOf(positive, Arbitraries.just(Double.NaN)), text)
                .as(OrderEvent.Found::new);
        Arbitrary<OrderEvent> notFound = Combinators.combine(ids, times).as(OrderEvent.NotFound::new);

        Arbitrary<OrderEvent> event = Arbitraries.<OrderEvent>frequencyOf(Tuple.of(3, created), Tuple.of(4, sent),
                Tuple.of(2, ack), Tuple.of(4, filled), Tuple.of(1, cancelled), Tuple.of(1, rejected),
                Tuple.of(2, inDoubt), Tuple.of(2, found), Tuple.of(1, notFound));
        return event.list().ofMaxSize(40);
    }

    /**
     * Interleaved lifecycles of up to four orders: created, sent, then mostly plausible venue events with fills
     * sized against the order, so the blotter accepts most of them and the replay compares real orders (fills,
     * averages, in-doubt resolutions), not just refusals.
     */
    @Provide
    Arbitrary<List<OrderEvent>> lifecycles() {
        Arbitrary<List<List<OrderEvent>>> orders = Arbitraries.of("a", "b", "c;\\N", "d\uD800é").list().uniqueElements()
                .ofMinSize(1).ofMaxSize(4)
                .flatMap(ids -> Combinators.combine(ids.stream().map(JournalProperties::lifecycle).toList())
                        .as(lists -> lists));
        return Combinators.combine(orders, Arbitraries.randoms()).as((lists, random) -> {
            List<OrderEvent> out = new ArrayList<>();
            List<Deque<OrderEvent>> queues = new ArrayList<>();
            lists.forEach(l -> queues.add(new ArrayDeque<>(l)));
            while (!queues.isEmpty()) {
                int i = random.nextInt(queues.size());
                out.add(queues.get(i).poll());
                if (queues.get(i).isEmpty()) {
                    queues.remove(i);
                }
            }
            return out;
        });
    }

    private static Arbitrary<List<OrderEvent>> lifecycle(String id) {
        Arbitrary<Instant> times = Arbitraries.longs().between(1_700_000_000L, 1_900_000_000L)
                .map(Instant::ofEpochSecond);
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(6),
                Arbitraries.of("", SampleEvents.AWKWARD));
        Arbitrary<Double> size = Arbitraries.doubles().between(0.001, 10).ofScale(6);
        Arbitrary<Double> price = Arbitraries.doubles().between(1, 100_000).ofScale(4);
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0.01, 0.6).ofScale(6);
        return Combinators.combine(size, price, Arbitraries.of(Side.class), times).as((s, p, side, at) ->
                new OrderIntent(id, "BTC", new InstrumentKey("deribit", "BTC-PERPETUAL"), side, s, p,
                        TimeInForce.IMMEDIATE_OR_CANCEL, false, OrderOrigin.AUTO_HEDGE, "p-" + id, "MANUAL", at))
                .flatMap(intent -> {
                    Arbitrary<OrderEvent> sent = times.map(t -> new OrderEvent.Sent(id, t));
                    Arbitrary<OrderEvent> ack = Combinators.combine(times, text)
                            .as((t, v) -> new OrderEvent.Acknowledged(id, t, v));
                    Arbitrary<OrderEvent> fill = Combinators.combine(times, Arbitraries.of("t1", "t2", "t3", "t4"),
                            fraction, price, Arbitraries.of(0.0, -0.0, 0.5, Double.NaN))
                            .as((t, trade, f, p, fee) -> new OrderEvent.Filled(id, t, trade, intent.size() * f, p,
                                    fee));
                    Arbitrary<OrderEvent> inDoubt = Combinators.combine(times, text)
                            .as((t, r) -> new OrderEvent.InDoubt(id, t, r));
                    Arbitrary<OrderEvent> found = Combinators.combine(times,
                            Arbitraries.of(OrderState.ACKNOWLEDGED, OrderState.PARTIALLY_FILLED, OrderState.FILLED,
                                    OrderState.CANCELLED, OrderState.REJECTED), fraction,
                            Arbitraries.oneOf(price, Arbitraries.just(Double.NaN)))
                            .as((t, st, f, avg) -> new OrderEvent.Found(id, t, st,
                                    st == OrderState.FILLED ? intent.size() : intent.size() * f, avg, "v-" + id));
                    Arbitrary<OrderEvent> notFound = times.map(t -> new OrderEvent.NotFound(id, t));
                    Arbitrary<OrderEvent> cancelled = Combinators.combine(times, text)
                            .as((t, r) -> new OrderEvent.Cancelled(id, t, r));
                    Arbitrary<OrderEvent> rejected = Combinators.combine(times, text)
                            .as((t, r) -> new OrderEvent.Rejected(id, t, r));
                    Arbitrary<OrderEvent> next = Arbitraries.<OrderEvent>frequencyOf(Tuple.of(1, sent),
                            Tuple.of(3, ack), Tuple.of(5, fill), Tuple.of(2, inDoubt), Tuple.of(2, found),
                            Tuple.of(1, notFound), Tuple.of(1, cancelled), Tuple.of(1, rejected));
                    return Combinators.combine(sent, next.list().ofMaxSize(8)).as((first, rest) -> {
                        List<OrderEvent> all = new ArrayList<>();
                        all.add(new OrderEvent.Created(intent));
                        all.add(first);
                        all.addAll(rest);
                        return all;
                    });
                });
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
