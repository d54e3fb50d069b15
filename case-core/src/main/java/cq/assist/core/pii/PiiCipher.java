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
 * random 96-bit IV, the key version stored in front so keys can rotate), each value under the key of its
 * data category and bound to its table, column and row ({@link PiiField}, AEAD associated data); computes
 * the keyed blind index used to find a row by an encrypted value; and seals records with an HMAC under
 * versioned record keys. Construction fails when a key is missing or not 32 bytes, so no profile but demo
 * (which supplies generated keys) can start without keys.
 */
@Component
public class PiiCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** First byte of a ciphertext that names its data-key version (the second byte). */
    static final byte VERSIONED = (byte) 0xE1;

    /**
     * First byte of a ciphertext bound to its row and column: the data-key version follows, the key is the
     * category's key under that version and the associated data names table, column and row key.
     */
    static final byte BOUND = (byte) 0xE2;

    private static final String AAD_PREFIX = "assist/pii/v2";

    private static final String BOUND_HINT =
            "decryption failed: the value is bound to its table, column and row; use decrypt(PiiField, rowKey, value)";

    private static final java.security.Provider BOUNCY_CASTLE =
            new org.bouncycastle.jce.provider.BouncyCastleProvider();

    private final DataKeys dataKeys;
    /** Blind-index keys by version (0 is {@code assist.pii.index-key}), the active one first. */
    private final java.util.LinkedHashMap<Integer, SecretKeySpec> indexKeys = new java.util.LinkedHashMap<>();
    /** Record keys by version (0 is {@code assist.pii.record-key}), the active one first. */
    private final java.util.LinkedHashMap<Integer, SecretKeySpec> recordKeys = new java.util.LinkedHashMap<>();
    /** The purpose keys of every record-key version, in the order of {@link #recordKeys}. */
    private final java.util.List<java.util.Map<Purpose, SecretKeySpec>> purposeKeys = new java.util.ArrayList<>();

    private final SecureRandom random = new SecureRandom();
    private final boolean acceptUnbound;
    private final java.util.concurrent.ConcurrentMap<String, javax.crypto.SecretKey> categoryKeys =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A cipher whose data keys come from the properties ({@link ConfiguredDataKeys}). */
    public PiiCipher(PiiProperties properties) {
        this(properties, new ConfiguredDataKeys(properties));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public PiiCipher(PiiProperties properties, DataKeys dataKeys) {
        this.dataKeys = dataKeys;
        this.acceptUnbound = Boolean.TRUE.equals(properties.acceptUnbound());
        versionedKeys("index", properties.indexKey(), properties.indexKeys(), properties.activeIndexKey())
                .forEach((version, bytes) -> indexKeys.put(version, new SecretKeySpec(bytes, "HmacSHA256")));
        versionedKeys("record", properties.recordKey(), properties.recordKeys(), properties.activeRecordKey())
                .forEach((version, bytes) -> {
                    recordKeys.put(version, new SecretKeySpec(bytes, "HmacSHA256"));
                    purposeKeys.add(derive(bytes));
                });
    }

    /**
     * The keys of one kind by version, the active one first, then the others by version: version 0 from
     * {@code assist.pii.<kind>-key}, 1..255 from {@code assist.pii.<kind>-keys.<n>}, the active one named by
     * {@code assist.pii.active-<kind>-key} (default 0).
     *
     * @throws IllegalStateException for a version outside 1..255, a key that is missing or not 32 bytes, or an
     *     active version that is not configured
     */
    private static java.util.LinkedHashMap<Integer, byte[]> versionedKeys(
            String kind, String base, java.util.Map<Integer, String> versioned, Integer active) {
        java.util.Map<Integer, byte[]> keys = new java.util.TreeMap<>();
        keys.put(0, decodeKey("assist.pii." + kind + "-key", base));
        versioned.forEach((version, base64) -> {
            if (version < 1 || version > 255) {
                throw new IllegalStateException("assist.pii." + kind + "-keys: version " + version + " is not 1..255");
            }
            keys.put(version, decodeKey("assist.pii." + kind + "-keys." + version, base64));
        });
        int first = active == null ? 0 : active;
        if (!keys.containsKey(first)) {
            throw new IllegalStateException("assist.pii.active-" + kind + "-key " + first + " is not configured");
        }
        java.util.LinkedHashMap<Integer, byte[]> ordered = new java.util.LinkedHashMap<>();
        ordered.put(first, keys.get(first));
        ordered.putAll(keys);
        return ordered;
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

    /**
     * Encrypts a value of a field, bound to its row: under the active data key's key for the field's category,
     * with table, column and row key as associated data; null stays null. Layout: {@code E2}, the data-key
     * version, a random 96-bit IV, the ciphertext with its 128-bit tag.
     *
     * @param rowKey {@link PiiField#rowKey(Object...)} of the values of the field's row-key columns
     */
    public byte[] encrypt(PiiField field, String rowKey, String plain) {
        return plain == null ? null : encryptBytes(field, rowKey, plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes (file contents, compact snapshots) encrypted as {@link #encrypt(PiiField, String, String)}. */
    public byte[] encryptBytes(PiiField field, String rowKey, byte[] plain) {
        if (plain == null) {
            return null;
        }
        DataKeys.DataKey key = dataKeys.active();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipherFor(key);
            cipher.init(Cipher.ENCRYPT_MODE, categoryKey(key, field), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(field, rowKey));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(2 + IV_BYTES + sealed.length)
                    .put(BOUND)
                    .put((byte) key.version())
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Decrypts a value of a field in its row; see {@link #decryptBytes(PiiField, String, byte[])}. */
    public String decrypt(PiiField field, String rowKey, byte[] stored) {
        byte[] plain = decryptBytes(field, rowKey, stored);
        return plain == null ? null : new String(plain, StandardCharsets.UTF_8);
    }

    /**
     * Decrypts a value of a field read from the row with this key; null stays null. A bound value
     * ({@code E2}) opens only in the row and column it was written for: copied elsewhere, changed, or under
     * an unknown key version it fails. A value written before binding (no associated data) is refused unless
     * {@code assist.pii.accept-unbound} is true (default false: every start rewrites such values bound first,
     * {@link UnboundValuesAtStart}); an append-only table's old values are always read.
     *
     * @throws IllegalStateException when the value does not open here
     */
    public byte[] decryptBytes(PiiField field, String rowKey, byte[] stored) {
        return decryptBytes(field, rowKey, stored, acceptUnbound || field.appendOnly());
    }

    private byte[] decryptBytes(PiiField field, String rowKey, byte[] stored, boolean unboundAllowed) {
        if (stored == null) {
            return null;
        }
        if (stored.length >= 2 + IV_BYTES + TAG_BITS / 8 && stored[0] == BOUND) {
            java.util.Optional<DataKeys.DataKey> key = dataKeys.version(stored[1] & 0xFF);
            if (key.isPresent()) {
                try {
                    Cipher cipher = cipherFor(key.get());
                    cipher.init(
                            Cipher.DECRYPT_MODE,
                            categoryKey(key.get(), field),
                            new GCMParameterSpec(TAG_BITS, stored, 2, IV_BYTES));
                    cipher.updateAAD(aad(field, rowKey));
                    return cipher.doFinal(stored, 2 + IV_BYTES, stored.length - 2 - IV_BYTES);
                } catch (GeneralSecurityException notHere) {
                    // another row's or column's value, or changed; or an unbound legacy value whose IV starts
                    // with E2: only the latter opens below, and only where unbound values are accepted
                }
            }
        }
        if (!unboundAllowed) {
            throw new IllegalStateException("decryption failed: not a value of " + field + " in this row");
        }
        if (stored.length > 0 && stored[0] == BOUND) {
            // a bound value that did not open above is another row's, another column's or changed: an unbound
            // value whose random first IV byte is E2 has no version byte, so try it under version 0 only
            try {
                return open(dataKeys.version(0).orElseThrow(), stored, 0);
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new IllegalStateException("decryption failed: not a value of " + field + " in this row", e);
            }
        }
        return decryptBytes(stored);
    }

    /** Whether a stored value is bound to its row and column under the active data key already. */
    public boolean boundUnderActiveKey(byte[] stored) {
        return stored != null
                && stored.length >= 2
                && stored[0] == BOUND
                && (stored[1] & 0xFF) == dataKeys.active().version();
    }

    /**
     * The value of a field in its row rewritten bound and under the active data key (a migration or rotation
     * step), or the same array when it is already. This is the one place that reads a value written before
     * binding whatever {@code assist.pii.accept-unbound} says: it binds it to the row it is found in. A bound
     * value of another row or column is never rebound here (it fails as in {@link #decryptBytes(PiiField,
     * String, byte[])}).
     *
     * @throws IllegalStateException when the value opens neither bound to this row nor unbound
     */
    public byte[] rebind(PiiField field, String rowKey, byte[] stored) {
        if (stored == null || boundUnderActiveKey(stored)) {
            return stored;
        }
        return encryptBytes(field, rowKey, decryptBytes(field, rowKey, stored, true));
    }

    /** Whether a stored value is bound to a row and column (under any data-key version), by its first byte. */
    public static boolean isBound(byte[] stored) {
        return stored != null && stored.length > 0 && stored[0] == BOUND;
    }

    /** Whether values written before binding are read outside the migration ({@code assist.pii.accept-unbound}). */
    public boolean acceptsUnbound() {
        return acceptUnbound;
    }

    /** The first two bytes of every bound value written now: {@code E2} and the active data key's version. */
    public byte[] activeBoundPrefix() {
        return new byte[] {BOUND, (byte) dataKeys.active().version()};
    }

    private javax.crypto.SecretKey categoryKey(DataKeys.DataKey key, PiiField field) {
        return categoryKeys.computeIfAbsent(
                key.version() + "/" + field.category(), k -> dataKeys.categoryKey(key, field.category()));
    }

    private static byte[] aad(PiiField field, String rowKey) {
        return (AAD_PREFIX
                        + '\u0000'
                        + field.table()
                        + '\u0000'
                        + field.column()
                        + '\u0000'
                        + java.util.Objects.requireNonNull(rowKey, "rowKey"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Encrypts a value without binding it to a row (the form before {@link PiiField}); null stays null. Kept for
     * values that belong to no row and for tests; personal data in a table uses {@link #encrypt(PiiField,
     * String, String)}.
     */
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
            if (stored.length > 0 && stored[0] == BOUND) {
                throw new IllegalStateException(BOUND_HINT, e);
            }
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
     * The blind index of a value under the active index-key version: HMAC-SHA256 after trimming and
     * upper-casing (so {@code x} and {@code X} check digits match), 64 characters. Version 0 (from before
     * versions) is the 64 hex digits of the HMAC; version n is {@code v}, n as two hex digits and the first 61 hex
     * digits of the HMAC, so the version of a stored index can be told ({@link #indexVersionOf}). Equal inputs give
     * equal indexes under one version; rows indexed under another configured version are found with {@link
     * #blindIndexes} or {@link #findByIndex}.
     */
    public String blindIndex(String value) {
        if (value == null) {
            return null;
        }
        java.util.Map.Entry<Integer, SecretKeySpec> active =
                indexKeys.entrySet().iterator().next();
        return index(active.getKey(), active.getValue(), value);
    }

    /**
     * The blind indexes of a value under every configured index-key version, the active one first: to find,
     * count or compare rows indexed before an index-key rotation (the record keys' way, {@link #seals}).
     */
    public java.util.List<String> blindIndexes(String value) {
        if (value == null) {
            return java.util.List.of();
        }
        return indexKeys.entrySet().stream()
                .map(e -> index(e.getKey(), e.getValue(), value))
                .toList();
    }

    /** How many blind-index key versions are configured (1 until an index-key rotation). */
    public int indexKeyVersions() {
        return indexKeys.size();
    }

    /** Whether a stored blind index is the index of {@code value} under any configured version. */
    public boolean matchesIndex(String storedIndex, String value) {
        return storedIndex != null && value != null && blindIndexes(value).contains(storedIndex);
    }

    /**
     * The first row a lookup by blind index finds, trying the active version first and then every older
     * configured one (a row keeps the index it was written with until it is written again).
     */
    public <T> java.util.Optional<T> findByIndex(
            String value, java.util.function.Function<String, java.util.Optional<T>> lookup) {
        for (String index : blindIndexes(value)) {
            java.util.Optional<T> found = lookup.apply(index);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    /** The index-key version of a stored blind index (0 for 64 hex digits, n for {@code v} + hex n + ...). */
    public static int indexVersionOf(String storedIndex) {
        if (storedIndex != null && storedIndex.length() == 64 && storedIndex.charAt(0) == 'v') {
            return Integer.parseInt(storedIndex.substring(1, 3), 16);
        }
        return 0;
    }

    private static String index(int version, SecretKeySpec key, String value) {
        String mac = hmac(key, value.trim().toUpperCase(java.util.Locale.ROOT));
        return version == 0 ? mac : String.format(java.util.Locale.ROOT, "v%02x", version) + mac.substring(0, 61);
    }

    /**
     * Hex HMAC-SHA256 of a canonical record text under the active record key itself. Only the audit chain's
     * first seal version uses it; every other purpose has a key of its own ({@link #seal(Purpose, String)}).
     */
    public String seal(String canonicalRecord) {
        return hmac(recordKeys.values().iterator().next(), canonicalRecord);
    }

    /**
     * Hex HMAC-SHA256 under the key of one purpose, derived from the active record key with HKDF-SHA256
     * (RFC 5869, the purpose's label as {@code info}), so a seal, an SMS-code hash and the audit chain
     * never share a key and one cannot be computed from another.
     */
    public String seal(Purpose purpose, String text) {
        return hmac(purposeKeys.get(0).get(purpose), text);
    }

    /**
     * The seals of a text under the purpose's key of every configured record-key version, the active one
     * first: to find a row by a seal written before a record-key rotation (SMS-code hashes).
     */
    public java.util.List<String> seals(Purpose purpose, String text) {
        return purposeKeys.stream().map(keys -> hmac(keys.get(purpose), text)).toList();
    }

    /**
     * Constant-time check of a seal made with {@link #seal(Purpose, String)} under any configured record-key
     * version (a record sealed before a rotation still verifies while its version stays configured).
     */
    public boolean verifySeal(Purpose purpose, String text, String seal) {
        if (seal == null) {
            return false;
        }
        boolean matched = false;
        for (String candidate : seals(purpose, text)) {
            matched |= MessageDigest.isEqual(
                    candidate.getBytes(StandardCharsets.US_ASCII), seal.getBytes(StandardCharsets.US_ASCII));
        }
        return matched;
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

    /**
     * Constant-time check that a record text still matches its seal made with {@link #seal(String)} under any
     * configured record-key version.
     */
    public boolean verifySeal(String canonicalRecord, String seal) {
        if (seal == null) {
            return false;
        }
        boolean matched = false;
        for (SecretKeySpec key : recordKeys.values()) {
            matched |= MessageDigest.isEqual(
                    hmac(key, canonicalRecord).getBytes(StandardCharsets.US_ASCII),
                    seal.getBytes(StandardCharsets.US_ASCII));
        }
        return matched;
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
