package com.hedgeflow.engine.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClientOrderIdsTest {
    /** Binance's rule for newClientOrderId (venues.md); Deribit's label only asks for ≤ 64 characters. */
    private static final Pattern BINANCE = Pattern.compile("^[\\.A-Z\\:/a-z0-9_-]{1,36}$");

    @Test
    void idsAreDeterministicSequencedAndVenueSafe() {
        ClientOrderIds ids = new ClientOrderIds("j-2026-03-02", 0);
        String first = ids.next("BTC");
        assertTrue(first.startsWith("hf-BTC-1-"), first);
        assertEquals(first, new ClientOrderIds("j-2026-03-02", 0).next("BTC"));
        assertEquals(1, ClientOrderIds.sequenceOf(first));
        Set<String> seen = new HashSet<>();
        seen.add(first);
        for (int i = 0; i < 1000; i++) {
            String id = ids.next(i % 2 == 0 ? "ETH" : "BTC");
            assertTrue(seen.add(id), id);
            assertTrue(BINANCE.matcher(id).matches(), id);
        }
        String far = new ClientOrderIds("x", 9_999_999_999L).next("VERYLONGCOINNAME_USDC");
        assertTrue(far.length() <= 36 && BINANCE.matcher(far).matches(), far);
    }

    @Test
    void anotherJournalNeverRepeatsAnId() {
        assertNotEquals(new ClientOrderIds("journal-a", 0).next("BTC"), new ClientOrderIds("journal-b", 0).next("BTC"));
    }

    @Test
    void foreignIdsHaveNoSequence() {
        assertEquals(-1, ClientOrderIds.sequenceOf("web-order-7"));
        assertEquals(-1, ClientOrderIds.sequenceOf("hf-BTC-x-abc"));
    }
}
