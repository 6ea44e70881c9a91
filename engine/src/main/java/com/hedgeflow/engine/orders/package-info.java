/**
 * Orders from intent to terminal state (risk-controls.md §2): the enforced state table
 * ({@link com.hedgeflow.engine.orders.OrderState}), immutable orders applying venue events
 * ({@link com.hedgeflow.engine.orders.Order}), the write-ahead journal and its replay
 * ({@link com.hedgeflow.engine.orders.OrderBlotter}), sending, in-doubt queries and same-id retries
 * ({@link com.hedgeflow.engine.orders.OrderDesk}), and venue-safe client order ids
 * ({@link com.hedgeflow.engine.orders.ClientOrderIds}). The pre-trade checks live in {@code orders.checks}.
 *
 * <p>Connector contract: map venue messages to {@link com.hedgeflow.engine.orders.OrderEvent}s; report a timeout,
 * a 5xx, Binance −1006/−1007 or a socket dropped after a send as {@code InDoubt}; answer
 * {@code OrderGateway.query} with {@code Found}, or {@code NotFound} only when the venue's answer is definitive;
 * give every fill its venue trade id.
 */
package com.hedgeflow.engine.orders;
