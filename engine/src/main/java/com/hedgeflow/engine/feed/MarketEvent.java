package com.hedgeflow.engine.feed;

import com.hedgeflow.engine.market.IndexPrice;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import java.util.List;

/**
 * Everything a venue connector can tell the engine. Connectors map venue messages to these at the edge;
 * the engine applies them in arrival order on its own thread.
 */
public sealed interface MarketEvent {

    String venue();

    /** The venue's full list of live instruments, replacing what was known before. */
    record InstrumentsLoaded(String venue, List<Instrument> instruments) implements MarketEvent {
        public InstrumentsLoaded {
            instruments = List.copyOf(instruments);
        }
    }

    record QuoteUpdated(Quote quote) implements MarketEvent {
        @Override
        public String venue() {
            return quote.instrument().venue();
        }
    }

    record IndexUpdated(IndexPrice index) implements MarketEvent {
        @Override
        public String venue() {
            return index.venue();
        }
    }

    /** All open positions on the venue, replacing what was known before (a reconciliation, not a delta). */
    record PositionsLoaded(String venue, List<Position> positions) implements MarketEvent {
        public PositionsLoaded {
            positions = List.copyOf(positions);
        }
    }

    record FeedStatusChanged(FeedStatus status) implements MarketEvent {
        @Override
        public String venue() {
            return status.venue();
        }
    }
}
