package com.hedgeflow.engine.orders;

/**
 * Where orders leave the engine: the app implements it over the venue connectors. Every call returns at once;
 * outcomes come back later as {@link OrderEvent}s on the engine thread (never from inside these calls).
 * A call that throws is taken as "may or may not have reached the venue".
 */
public interface OrderGateway {

    /** Send as a marketable limit IOC, with {@code clientOrderId} as Deribit label / Binance newClientOrderId. */
    void send(OrderIntent intent);

    /**
     * Ask the venue for this order by client id (Deribit {@code get_order_state_by_label}, Binance
     * {@code GET /fapi/v1/order?origClientOrderId=}). Answer with {@link OrderEvent.Found}, or
     * {@link OrderEvent.NotFound} only when the venue's answer is definitive.
     */
    void query(OrderIntent intent);

    /** Cancel every open order on a venue (the kill switch). */
    void cancelAll(String venue);
}
