package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.hedgeflow.simulator.instruments.InstrumentCatalogue;
import com.hedgeflow.simulator.market.MarketSnapshot;
import java.util.Optional;
import java.util.Set;

/**
 * The channels this venue publishes and how to fill them: {@code ticker.{instrument}.{interval}} and
 * {@code deribit_price_index.btc_usd} on every tick, and the private {@code user.*} channels on order events.
 * Anything else is not a channel here, so subscribe leaves it out of the
 * accepted list, as Deribit does with names it does not know.
 */
final class Channels {
    static final String INDEX = "deribit_price_index.btc_usd";
    private static final String TICKER_PREFIX = "ticker.";
    /**
     * All three intervals publish on the 100 ms market tick. {@code raw} would be per event on Deribit and
     * {@code agg2} a coarser aggregate (its exact period is not documented), but a tick is the finest event the
     * model has, so every interval gets each tick.
     */
    private static final Set<String> INTERVALS = Set.of("100ms", "agg2", "raw");

    private final InstrumentCatalogue catalogue;
    /** The private order channels; they publish on order events, so {@link #data} has nothing for them. */
    private final UserChannels user;

    Channels(InstrumentCatalogue catalogue, UserChannels user) {
        this.catalogue = catalogue;
        this.user = user;
    }

    /** Whether the channel exists and this caller may have it ({@code raw} needs a login). */
    boolean accepts(String channel, boolean authenticated) {
        if (INDEX.equals(channel) || user.accepts(channel, authenticated)) {
            return true;
        }
        return tickerInstrument(channel, authenticated).isPresent();
    }

    /** The notification {@code data} for a channel this venue accepts. */
    Optional<JsonNode> data(String channel, MarketSnapshot market) {
        if (INDEX.equals(channel)) {
            return Optional.of(TickerJson.index(market));
        }
        return tickerInstrument(channel, true)
                .flatMap(market::quote)
                .map(quote -> TickerJson.ticker(quote, market));
    }

    private Optional<String> tickerInstrument(String channel, boolean authenticated) {
        if (channel == null || !channel.startsWith(TICKER_PREFIX)) {
            return Optional.empty();
        }
        int dot = channel.lastIndexOf('.');
        if (dot <= TICKER_PREFIX.length()) {
            return Optional.empty();
        }
        String interval = channel.substring(dot + 1);
        if (!INTERVALS.contains(interval) || ("raw".equals(interval) && !authenticated)) {
            return Optional.empty();
        }
        String instrument = channel.substring(TICKER_PREFIX.length(), dot);
        return catalogue.find(instrument).map(i -> i.name());
    }
}
