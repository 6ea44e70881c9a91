package com.hedgeflow.connectors.deribit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code client_signature} grant of {@code public/auth}: lowercase hex HMAC-SHA256 of
 * {@code timestamp + "\n" + nonce + "\n" + data}, keyed by the client secret. With it the secret never
 * crosses the wire.
 */
final class DeribitSignature {
    private DeribitSignature() {
    }

    static String sign(String secret, long timestampMillis, String nonce, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String text = timestampMillis + "\n" + nonce + "\n" + data;
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
