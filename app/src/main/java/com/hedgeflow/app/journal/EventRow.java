package com.hedgeflow.app.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32C;

/**
 * One order event as stored: the columns a person or a query looks at (type, client order id, time) and the
 * encoded rest. {@link #crc()} covers all of them, so a row changed behind our back (a bad sector, a hand edit)
 * is caught on read rather than replayed as a different order.
 *
 * @param clientOrderId escaped with {@link Fields#escape}; {@code \N} stands for null
 * @param atSecond      null when the event has no time
 */
record EventRow(String type, String clientOrderId, Long atSecond, Integer atNano, String payload) {

    static EventRow of(String type, String clientOrderId, Instant at, String payload) {
        return new EventRow(type, Fields.escape(clientOrderId), at == null ? null : at.getEpochSecond(),
                at == null ? null : at.getNano(), payload);
    }

    Instant at() {
        if (atSecond == null || atNano == null) {
            if (atSecond != null || atNano != null) {
                throw new IllegalArgumentException("half a timestamp: " + atSecond + " s, " + atNano + " ns");
            }
            return null;
        }
        return Instant.ofEpochSecond(atSecond, atNano);
    }

    long crc() {
        CRC32C crc = new CRC32C();
        String canonical = type + '\u0001' + clientOrderId + '\u0001' + atSecond + '\u0001' + atNano + '\u0001'
                + payload;
        crc.update(canonical.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
