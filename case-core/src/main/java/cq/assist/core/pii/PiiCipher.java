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
 * Encrypts personal data at rest under versioned data keys ({@link DataKeys}: AES-256-GCM or SM4-GCM, a
 * random 96-bit IV, the key version stored in front so keys can rotate),
 * computes the keyed blind index used to find a row by an encrypted value, and seals records with an
 * HMAC. Construction fails when a key is missing or not 32 bytes, so no profile but demo (which
 * supplies generated keys) can start without keys.
 */
@Component
public class PiiCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** First byte of a ciphertext that names its data-key version (the second byte). */
    static final byte VERSIONED = (byte) 0xE1;

    private static final java.security.Provider BOUNCY_CASTLE =
            new org.bouncycastle.jce.provider.BouncyCastleProvider();

    private final DataKeys dataKeys;
    private final SecretKeySpec indexKey;
    private final SecretKeySpec recordKey;
    private final java.util.Map<Purpose, SecretKeySpec> purposeKeys;
    private final SecureRandom random = new SecureRandom();

    /** A cipher whose data keys come from the properties ({@link ConfiguredDataKeys}). */
    public PiiCipher(PiiProperties properties) {
        this(properties, new ConfiguredDataKeys(properties));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public PiiCipher(PiiProperties properties, DataKeys dataKeys) {
        this.dataKeys = dataKeys;
        this.indexKey = new SecretKeySpec(decodeKey("assist.pii.index-key", properties.indexKey()), "HmacSHA256");
        byte[] record = decodeKey("assist.pii.record-key", properties.recordKey());
        this.recordKey = new SecretKeySpec(record, "HmacSHA256");
        this.purposeKeys = derive(record);
    }

    private static byte[] decodeKey(String name, String base64) {
        return decodeKey(name, base64, 32);
    }

    /** The key bytes of a base64 property; fails when missing or not {@code bytes} long. */
    static byte[] decodeKey(String name, String base64, int bytes) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(
                    name + " is not configured: set it to base64 of " + bytes + " random bytes");
        }
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != bytes) {
            throw new IllegalStateException(name + " must be " + bytes + " bytes (base64), got " + key.length);
        }
        return key;
    }

    /** Encrypts a value; null stays null. */
    public byte[] encrypt(String plain) {
        return plain == null ? null : encryptBytes(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Encrypts raw bytes (file contents) the same way as {@link #encrypt(String)}; null stays null. Layout:
     * {@code E1}, the data-key version, a random 96-bit IV, the ciphertext with its 128-bit tag; the cipher
     * is the active data key's (AES-256-GCM or SM4-GCM).
     */
    public byte[] encryptBytes(byte[] plain) {
        if (plain == null) {
            return null;
        }
        DataKeys.DataKey key = dataKeys.active();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipherFor(key);
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(2 + IV_BYTES + sealed.length)
                    .put(VERSIONED)
                    .put((byte) key.version())
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

    /**
     * Decrypts bytes written by {@link #encryptBytes} or {@link #encrypt} under any configured data-key
     * version, and values written before versions existed (IV and ciphertext under version 0); null stays
     * null; a changed byte or an unknown version fails.
     */
    public byte[] decryptBytes(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length >= 2 + IV_BYTES + TAG_BITS / 8 && stored[0] == VERSIONED) {
            java.util.Optional<DataKeys.DataKey> key = dataKeys.version(stored[1] & 0xFF);
            if (key.isPresent()) {
                try {
                    return open(key.get(), stored, 2);
                } catch (GeneralSecurityException notThisLayout) {
                    // a value from before versions whose random IV happens to start with E1: try that below
                }
            }
        }
        try {
            return open(dataKeys.version(0).orElseThrow(), stored, 0);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("decryption failed (wrong or unknown key, or tampered value)", e);
        }
    }

    /** The data-key version a stored value was encrypted under (0 for values from before versions). */
    public int keyVersionOf(byte[] stored) {
        if (stored != null
                && stored.length >= 2
                && stored[0] == VERSIONED
                && dataKeys.version(stored[1] & 0xFF).isPresent()) {
            try {
                open(dataKeys.version(stored[1] & 0xFF).orElseThrow(), stored, 2);
                return stored[1] & 0xFF;
            } catch (GeneralSecurityException legacy) {
                return 0;
            }
        }
        return 0;
    }

    /** The first two bytes of every value written now: {@code E1} and the active data key's version. */
    public byte[] activePrefix() {
        return new byte[] {VERSIONED, (byte) dataKeys.active().version()};
    }

    /**
     * The value re-encrypted under the active data key (a rotation step), or the same array when it is
     * under the active key already.
     */
    public byte[] reencrypt(byte[] stored) {
        if (stored == null || keyVersionOf(stored) == dataKeys.active().version() && stored[0] == VERSIONED) {
            return stored;
        }
        return encryptBytes(decryptBytes(stored));
    }

    private static byte[] open(DataKeys.DataKey key, byte[] stored, int offset) throws GeneralSecurityException {
        Cipher cipher = cipherFor(key);
        cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, stored, offset, IV_BYTES));
        return cipher.doFinal(stored, offset + IV_BYTES, stored.length - offset - IV_BYTES);
    }

    /**
     * This thread's cipher of the key's algorithm: {@code Cipher.getInstance} looks the provider up on every call
     * (6 % of a monitoring run's CPU, BENCHMARKS.md), while a cipher may be initialised again for each message
     * (a fresh IV every time; every caller initialises before use and does not nest).
     */
    private static Cipher cipherFor(DataKeys.DataKey key) throws GeneralSecurityException {
        java.util.Map<DataKeys.Algorithm, Cipher> mine = CIPHERS.get();
        Cipher cipher = mine.get(key.algorithm());
        if (cipher == null) {
            cipher = key.algorithm() == DataKeys.Algorithm.SM4_GCM
                    ? Cipher.getInstance(key.algorithm().transformation(), BOUNCY_CASTLE)
                    : Cipher.getInstance(key.algorithm().transformation());
            mine.put(key.algorithm(), cipher);
        }
        return cipher;
    }

    private static final ThreadLocal<java.util.Map<DataKeys.Algorithm, Cipher>> CIPHERS =
            ThreadLocal.withInitial(() -> new java.util.EnumMap<>(DataKeys.Algorithm.class));

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
