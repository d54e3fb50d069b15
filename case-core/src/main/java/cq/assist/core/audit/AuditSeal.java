package cq.assist.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 under the audit key ({@code assist.audit.key}), which nothing else uses: the business
 * app's record key cannot re-seal a rewritten chain.
 */
@Component
class AuditSeal {

    private final SecretKeySpec key;

    AuditSeal(AuditProperties properties) {
        if (properties.key() == null || properties.key().isBlank()) {
            throw new IllegalStateException("assist.audit.key is required (base64 of 32 random bytes)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(properties.key().trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("assist.audit.key must be base64", notBase64);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("assist.audit.key must be 32 bytes, got " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    String seal(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }

    boolean verify(String text, String seal) {
        return seal != null
                && MessageDigest.isEqual(
                        seal(text).getBytes(StandardCharsets.US_ASCII), seal.getBytes(StandardCharsets.US_ASCII));
    }
}
