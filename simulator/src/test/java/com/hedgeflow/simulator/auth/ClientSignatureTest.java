package com.hedgeflow.simulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The vectors of venues.md §1.3.3. */
class ClientSignatureTest {
    @Test
    void deribitDocumentationVectorWithEmptyData() {
        assertEquals("e20c9cd5639d41f8bbc88f4d699c4baf94a4f0ee320e9a116b72743c449eb994",
                ClientSignature.sign("ABCD", 1554883365000L, "fdbmmz79", ""));
    }

    @Test
    void vectorWithData() {
        assertEquals("d175ffbe0221b0d6145f5be11dad48e12cb9916d24ed42233a7010761b144d3c",
                ClientSignature.sign("ABCD", 1700000000000L, "abc123", "hedger"));
    }

    @Test
    void absentNonceAndDataSignAsEmptyStrings() {
        assertEquals(ClientSignature.sign("ABCD", 1554883365000L, "", ""),
                ClientSignature.sign("ABCD", 1554883365000L, null, null));
    }

    @Test
    void matchesIgnoresHexCaseAndRejectsOthers() {
        String sig = "E20C9CD5639D41F8BBC88F4D699C4BAF94A4F0EE320E9A116B72743C449EB994";
        assertTrue(ClientSignature.matches("ABCD", 1554883365000L, "fdbmmz79", "", sig));
        assertFalse(ClientSignature.matches("ABCE", 1554883365000L, "fdbmmz79", "", sig));
        assertFalse(ClientSignature.matches("ABCD", 1554883365001L, "fdbmmz79", "", sig));
        assertFalse(ClientSignature.matches("ABCD", 1554883365000L, "fdbmmz79", "", null));
    }
}
