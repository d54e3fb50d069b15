package cq.assist.core.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest (AES-256-GCM, random 96-bit IV stored in front of the ciphertext),
 * computes the keyed blind index used to find a row by an encrypted value, and seals records with an
 * HMAC. Construction fails when a key is missing or not 32 bytes, so no profile but demo (which
 * supplies generated keys) can start without keys.
 */
@Component
public class PiiCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecretKeySpec recordKey;
    private final java.util.Map<Purpose, SecretKeySpec> purposeKeys;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(PiiProperties properties) {
        this.encryptionKey = new SecretKeySpec(decodeKey("assist.pii.key", properties.key()), "AES");
        this.indexKey = new SecretKeySpec(decodeKey("assist.pii.index-key", properties.indexKey()), "HmacSHA256");
        byte[] record = decodeKey("assist.pii.record-key", properties.recordKey());
        this.recordKey = new SecretKeySpec(record, "HmacSHA256");
        this.purposeKeys = derive(record);
    }

    private static byte[] decodeKey(String name, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(name + " is not configured: set it to base64 of 32 random bytes");
        }
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (base64), got " + key.length);
        }
        return key;
    }

    /** Encrypts a value; null stays null. */
    public byte[] encrypt(String plain) {
        return plain == null ? null : encryptBytes(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Encrypts raw bytes (file contents) the same way as {@link #encrypt(String)}; null stays null. */
    public byte[] encryptBytes(byte[] plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Decrypts a value written by {@link #encrypt}; null stays null; a changed byte fails. */
    public String decrypt(byte[] stored) {
        byte[] plain = decryptBytes(stored);
        return plain == null ? null : new String(plain, StandardCharsets.UTF_8);
    }

    /** Decrypts bytes written by {@link #encryptBytes} or {@link #encrypt}; null stays null; a changed byte fails. */
    public byte[] decryptBytes(byte[] stored) {
        if (stored == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (wrong key or tampered value)", e);
        }
    }

    /**
     * The blind index of a value: hex HMAC-SHA256 under the index key, after trimming and upper-casing
     * (so {@code x} and {@code X} check digits match). Equal inputs give equal indexes.
     */
    public String blindIndex(String value) {
        if (value == null) {
            return null;
        }
        return hmac(indexKey, value.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Hex HMAC-SHA256 of a canonical record text under the record key itself. Only the audit chain uses
     * it; every other purpose has a key of its own ({@link #seal(Purpose, String)}).
     */
    public String seal(String canonicalRecord) {
        return hmac(recordKey, canonicalRecord);
    }

    /**
     * Hex HMAC-SHA256 under the key of one purpose, derived from the record key with HKDF-SHA256
     * (RFC 5869, the purpose's label as {@code info}), so a seal, an SMS-code hash and the audit chain
     * never share a key and one cannot be computed from another.
     */
    public String seal(Purpose purpose, String text) {
        return hmac(purposeKeys.get(purpose), text);
    }

    /** Constant-time check of a seal made with {@link #seal(Purpose, String)}. */
    public boolean verifySeal(Purpose purpose, String text, String seal) {
        return seal != null
                && MessageDigest.isEqual(
                        seal(purpose, text).getBytes(StandardCharsets.US_ASCII),
                        seal.getBytes(StandardCharsets.US_ASCII));
    }

    /** The purposes with a key of their own, each derived from the record key. */
    public enum Purpose {
        /** Seals of authorization records (seal version 2). */
        AUTHORIZATION_SEAL("assist/authorization-seal/v1"),
        /** Hashes of one-time SMS codes. */
        SMS_CODE("assist/sms-code/v1");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }
    }

    private static java.util.Map<Purpose, SecretKeySpec> derive(byte[] recordKey) {
        java.util.Map<Purpose, SecretKeySpec> keys = new java.util.EnumMap<>(Purpose.class);
        SecretKeySpec prk =
                new SecretKeySpec(hmacBytes(new SecretKeySpec(new byte[32], "HmacSHA256"), recordKey), "HmacSHA256");
        for (Purpose purpose : Purpose.values()) {
            byte[] info = (purpose.label).getBytes(StandardCharsets.UTF_8);
            byte[] block =
                    ByteBuffer.allocate(info.length + 1).put(info).put((byte) 1).array();
            keys.put(purpose, new SecretKeySpec(hmacBytes(prk, block), "HmacSHA256"));
        }
        return keys;
    }

    private static byte[] hmacBytes(SecretKeySpec key, byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }

    /** Constant-time check that a record text still matches its seal. */
    public boolean verifySeal(String canonicalRecord, String seal) {
        if (seal == null) {
            return false;
        }
        return MessageDigest.isEqual(
                seal(canonicalRecord).getBytes(StandardCharsets.US_ASCII), seal.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }

    /** Hex SHA-256 of bytes (file and letter-text digests). */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
