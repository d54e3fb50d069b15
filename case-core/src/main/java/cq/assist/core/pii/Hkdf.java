package cq.assist.core.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF-SHA256 (RFC 5869) with an all-zero salt: one key per label from one input key. */
final class Hkdf {

    private Hkdf() {}

    /** {@code length} bytes (at most 255 × 32) of output keying material for {@code label}. */
    static byte[] derive(byte[] inputKey, String label, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] prk = mac.doFinal(inputKey);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            byte[] info = label.getBytes(StandardCharsets.UTF_8);
            ByteBuffer out = ByteBuffer.allocate(length);
            byte[] block = new byte[0];
            for (int i = 1; out.hasRemaining(); i++) {
                mac.update(block);
                mac.update(info);
                mac.update((byte) i);
                block = mac.doFinal();
                out.put(block, 0, Math.min(block.length, out.remaining()));
            }
            return out.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HKDF failed", e);
        }
    }
}
