package com.hedgeflow.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Deribit's {@code client_signature} recipe (venues.md §1.3.2): lower-case hex HMAC-SHA256 keyed with the
 * client secret over {@code timestamp + "\n" + nonce + "\n" + data}, with no newline after an empty data.
 */
public final class ClientSignature {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ClientSignature() {
    }

    public static String sign(String secret, long timestampMillis, String nonce, String data) {
        String text = timestampMillis + "\n" + nullToEmpty(nonce) + "\n" + nullToEmpty(data);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return hex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    /** Constant-time comparison, so response timing says nothing about how much of a guess was right. */
    public static boolean matches(String secret, long timestampMillis, String nonce, String data, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = sign(secret, timestampMillis, nonce, data).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
