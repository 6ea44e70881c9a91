package com.hedgeflow.connectors.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.hedgeflow.connectors.common.MalformedMessageException;
import com.hedgeflow.engine.market.IndexPrice;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.market.Settlement;
import java.time.Instant;
import java.util.Locale;

/**
 * Deribit JSON to engine types. Venue field names stop here. Unknown fields are ignored; a missing field
 * the engine needs raises {@link MalformedMessageException} naming it.
 */
final class DeribitMapper {
    private final String venue;

    DeribitMapper(String venue) {
        this.venue = venue;
    }

    /** Returns {@code null} for kinds the engine does not model yet (combos). */
    Instrument instrument(JsonNode n) {
        String name = text(n, "instrument_name");
        String kindName = text(n, "kind");
        InstrumentKind kind;
        switch (kindName) {
            case "option" -> kind = InstrumentKind.OPTION;
            case "future" -> kind = "perpetual".equals(n.path("settlement_period").asText())
                    ? InstrumentKind.PERPETUAL : InstrumentKind.FUTURE;
            case "spot" -> kind = InstrumentKind.SPOT;
            default -> {
                return null;
            }
        }
        Settlement settlement = settlement(n);
        Instant expiry = kind == InstrumentKind.PERPETUAL || kind == InstrumentKind.SPOT
                ? null : Instant.ofEpochMilli(number(n, "expiration_timestamp").longValue());
        double strike = Double.NaN;
        OptionType type = null;
        if (kind == InstrumentKind.OPTION) {
            strike = number(n, "strike").doubleValue();
            type = "put".equals(text(n, "option_type")) ? OptionType.PUT : OptionType.CALL;
        }
        try {
            return new Instrument(venue, name, text(n, "base_currency"), kind, settlement, expiry, strike, type,
                    number(n, "contract_size").doubleValue(), n.path("tick_size").asDouble(Double.NaN),
                    n.path("min_trade_amount").asDouble(Double.NaN));
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("instrument " + name + ": " + e.getMessage());
        }
    }

    private static Settlement settlement(JsonNode n) {
        String type = n.path("instrument_type").asText(n.path("future_type").asText(""));
        if (type.equals("reversed")) {
            return Settlement.INVERSE;
        }
        if (type.equals("linear")) {
            return Settlement.LINEAR;
        }
        // Older payloads omit the type: a contract settled in its own base coin is inverse.
        return n.path("settlement_currency").asText().equals(n.path("base_currency").asText())
                ? Settlement.INVERSE : Settlement.LINEAR;
    }

    /** A {@code ticker.*} notification's data. IVs arrive in percent and leave in decimal. */
    Quote quote(JsonNode n) {
        String name = text(n, "instrument_name");
        double iv = optional(n, "mark_iv");
        if (isOptionName(name)) {
            // Deribit's option ticker always carries greeks and mark_iv. One without them is not a shape we know
            // (a partial or foreign object), and a mark with no IV would look fresh while the option stays unpriced.
            JsonNode greeks = n.get("greeks");
            if (greeks == null || !greeks.isObject() || Double.isNaN(iv)) {
                throw new MalformedMessageException("option ticker " + name + " without greeks or mark_iv");
            }
        }
        return new Quote(
                new InstrumentKey(venue, name),
                Instant.ofEpochMilli(number(n, "timestamp").longValue()),
                optional(n, "best_bid_price"),
                optional(n, "best_ask_price"),
                number(n, "mark_price").doubleValue(),
                Double.isNaN(iv) ? Double.NaN : iv / 100.0,
                optional(n, "underlying_price"),
                optional(n, "index_price"),
                optional(n, "open_interest"));
    }

    /**
     * One entry of {@code get_book_summary_by_currency}: the chain-wide view (mark, IV, open interest) that
     * carries no timestamp, so it is stamped with the time it was received.
     */
    Quote summaryQuote(JsonNode n, Instant received) {
        double iv = optional(n, "mark_iv");
        return new Quote(
                new InstrumentKey(venue, text(n, "instrument_name")),
                received,
                optional(n, "bid_price"),
                optional(n, "ask_price"),
                number(n, "mark_price").doubleValue(),
                Double.isNaN(iv) ? Double.NaN : iv / 100.0,
                optional(n, "underlying_price"),
                optional(n, "estimated_delivery_price"),
                optional(n, "open_interest"));
    }

    /** Sizes stay in venue units; a short may come unsigned with {@code direction: sell}, so sign it here. */
    Position position(JsonNode n) {
        String name = text(n, "instrument_name");
        double size = number(n, "size").doubleValue();
        if ("sell".equals(n.path("direction").asText()) && size > 0) {
            size = -size;
        }
        return new Position(new InstrumentKey(venue, name), size, optional(n, "average_price"));
    }

    /** A {@code deribit_price_index.*} notification's data; {@code btc_usd} belongs to BTC. */
    IndexPrice index(JsonNode n) {
        String indexName = text(n, "index_name");
        String underlying = indexName.split("_", 2)[0].toUpperCase(Locale.ROOT);
        return new IndexPrice(venue, underlying, number(n, "price").doubleValue(),
                Instant.ofEpochMilli(number(n, "timestamp").longValue()));
    }

    /** Option names end in the type: {@code BTC-27DEC24-100000-C}. */
    private static boolean isOptionName(String name) {
        return name.endsWith("-C") || name.endsWith("-P");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new MalformedMessageException("missing or non-text field '" + field + "'");
        }
        return v.asText();
    }

    private static Number number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new MalformedMessageException("missing or non-numeric field '" + field + "'");
        }
        return v.numberValue();
    }

    /** Absent or {@code null} (an empty book side) is NaN; a value of the wrong type is an error. */
    private static double optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new MalformedMessageException("non-numeric field '" + field + "': " + v);
        }
        return v.doubleValue();
    }
}
