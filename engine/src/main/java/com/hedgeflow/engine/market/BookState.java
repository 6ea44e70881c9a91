package com.hedgeflow.engine.market;

import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.feed.MarketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the engine knows about instruments, prices and positions. Mutable and confined to the
 * engine thread: nothing else reads it; others get {@link com.hedgeflow.engine.risk.RiskSnapshot}s.
 */
public final class BookState {
    private final Map<InstrumentKey, Instrument> instruments = new HashMap<>();
    private final Map<InstrumentKey, Quote> quotes = new HashMap<>();
    private final Map<String, IndexPrice> indexByUnderlying = new HashMap<>();
    private final Map<String, List<Position>> positionsByVenue = new TreeMap<>();
    private final Map<String, FeedStatus> feeds = new TreeMap<>();
    private final Map<String, Instant> lastMessageAt = new TreeMap<>();
    private long applied;

    public void apply(MarketEvent event, Instant receivedAt) {
        applied++;
        lastMessageAt.put(event.venue(), receivedAt);
        // Java 17 has no pattern switch; the interface is sealed, so this chain is complete.
        if (event instanceof MarketEvent.QuoteUpdated e) {
            quotes.put(e.quote().instrument(), e.quote());
        } else if (event instanceof MarketEvent.IndexUpdated e) {
            indexByUnderlying.merge(e.index().underlying(), e.index(),
                    (old, now) -> now.timestamp().isBefore(old.timestamp()) ? old : now);
        } else if (event instanceof MarketEvent.InstrumentsLoaded e) {
            replaceInstruments(e.venue(), e.instruments());
        } else if (event instanceof MarketEvent.PositionsLoaded e) {
            positionsByVenue.put(e.venue(), e.positions());
        } else if (event instanceof MarketEvent.FeedStatusChanged e) {
            feeds.put(e.venue(), e.status());
        }
    }

    private void replaceInstruments(String venue, List<Instrument> listed) {
        instruments.keySet().removeIf(k -> k.venue().equals(venue));
        for (Instrument i : listed) {
            instruments.put(i.key(), i);
        }
        // A delisted instrument's last quote must not keep pricing a position as if it were live.
        quotes.keySet().removeIf(k -> k.venue().equals(venue) && !instruments.containsKey(k));
    }

    public Instrument instrument(InstrumentKey key) {
        return instruments.get(key);
    }

    /** Every listed instrument, across venues; a read-only view for calculators on the engine thread. */
    public Collection<Instrument> instruments() {
        return Collections.unmodifiableCollection(instruments.values());
    }

    public Quote quote(InstrumentKey key) {
        return quotes.get(key);
    }

    public IndexPrice index(String underlying) {
        return indexByUnderlying.get(underlying);
    }

    /** Every underlying with a known index, held or not. */
    public Set<String> indexedUnderlyings() {
        return new TreeSet<>(indexByUnderlying.keySet());
    }

    public List<Position> positions() {
        List<Position> all = new ArrayList<>();
        positionsByVenue.values().forEach(all::addAll);
        return all;
    }

    public List<FeedStatus> feeds() {
        return List.copyOf(feeds.values());
    }

    public Map<String, Instant> lastMessageAt() {
        return Map.copyOf(lastMessageAt);
    }

    public int instrumentCount() {
        return instruments.size();
    }

    public long applied() {
        return applied;
    }
}
