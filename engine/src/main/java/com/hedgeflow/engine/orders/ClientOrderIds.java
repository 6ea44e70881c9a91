package com.hedgeflow.engine.orders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Client order ids, one per intent: {@code hf-<underlying>-<seq>-<hash>}, e.g. {@code hf-BTC-42-3fa9c1}.
 *
 * <ul>
 *   <li>Deterministic: the journal's epoch and the sequence number give the id, so a replayed journal hands out
 *       the same ids and continues after the last one.</li>
 *   <li>Unique across journals: the hash covers the epoch, so a wiped journal restarting at 1 does not reuse an
 *       id that a venue's order history still holds (a query-by-id must never find someone else's order).</li>
 *   <li>Venue-safe: at most 36 characters of {@code [A-Za-z0-9-]}, inside Binance's {@code newClientOrderId}
 *       rule (≤ 36, {@code ^[.A-Z:/a-z0-9_-]{1,36}$}) and Deribit's 64-character {@code label}.</li>
 * </ul>
 */
public final class ClientOrderIds {
    public static final int MAX_LENGTH = 36;

    private final String epoch;
    private long lastSequence;

    /**
     * @param epoch        the journal's identity, fixed when it was created
     * @param lastSequence the highest sequence already used (0 for a new journal)
     */
    public ClientOrderIds(String epoch, long lastSequence) {
        if (epoch == null || epoch.isBlank()) {
            throw new IllegalArgumentException("client order ids need the journal's epoch");
        }
        if (lastSequence < 0) {
            throw new IllegalArgumentException("last sequence must be >= 0, got " + lastSequence);
        }
        this.epoch = epoch;
        this.lastSequence = lastSequence;
    }

    public String next(String underlying) {
        return format(epoch, underlying, ++lastSequence);
    }

    public long lastSequence() {
        return lastSequence;
    }

    static String format(String epoch, String underlying, long sequence) {
        String coin = underlying.replaceAll("[^A-Za-z0-9]", "");
        if (coin.length() > 8) {
            coin = coin.substring(0, 8);
        }
        if (coin.isEmpty()) {
            coin = "X";
        }
        String id = "hf-" + coin + "-" + sequence + "-" + hash(epoch + "|" + coin + "|" + sequence);
        if (id.length() > MAX_LENGTH) {
            throw new IllegalStateException("client order id " + id + " is longer than " + MAX_LENGTH);
        }
        return id;
    }

    /** The sequence number inside an id made here, or −1 for anything else. */
    public static long sequenceOf(String clientOrderId) {
        String[] parts = clientOrderId.split("-");
        if (parts.length != 4 || !parts[0].equals("hf")) {
            return -1;
        }
        try {
            return Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%02x%02x%02x", d[0], d[1], d[2]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
