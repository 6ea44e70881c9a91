package com.hedgeflow.engine.feed;

/** Where connectors deliver events. Implementations must accept calls from any thread. */
@FunctionalInterface
public interface MarketEventSink {
    void accept(MarketEvent event);
}
