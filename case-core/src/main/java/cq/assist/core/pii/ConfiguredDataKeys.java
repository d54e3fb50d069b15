package cq.assist.core.pii;

import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Data keys from configuration: version 0 is {@code assist.pii.key} (AES-256-GCM, base64 of 32 bytes), which
 * also reads every value written before key versions existed; further versions are
 * {@code assist.pii.data-keys.<n>=<AES|SM4>:<base64>} (SM4 keys are 16 bytes), or
 * {@code <AES|SM4>:wrapped:<base64>} for a data key wrapped under the {@link MasterKey} (envelope encryption:
 * the key service unwraps it at start); new values are written under {@code assist.pii.active-data-key}
 * (default 0). To rotate: add version n+1, make it active, keep the older versions configured while any value
 * written under them remains.
 */
@Component
public class ConfiguredDataKeys implements DataKeys {

    /** The prefix of a data key given wrapped under the master key. */
    static final String WRAPPED = "wrapped:";

    private final Map<Integer, DataKey> keys = new TreeMap<>();
    private final DataKey active;

    /** Data keys in the clear only (a wrapped one fails: there is no master key). */
    public ConfiguredDataKeys(PiiProperties properties) {
        this(properties, new LocalKeyFileMasterKey(null));
    }

    /** Data keys, the wrapped ones unwrapped under the master key. */
    @org.springframework.beans.factory.annotation.Autowired
    public ConfiguredDataKeys(PiiProperties properties, MasterKey masterKey) {
        keys.put(
                0, key(0, DataKeys.Algorithm.AES_256_GCM, PiiCipher.decodeKey("assist.pii.key", properties.key(), 32)));
        properties.dataKeys().forEach((version, spec) -> keys.put(version, parse(version, spec, masterKey)));
        int activeVersion = properties.activeDataKey() == null ? 0 : properties.activeDataKey();
        this.active = keys.get(activeVersion);
        if (active == null) {
            throw new IllegalStateException("assist.pii.active-data-key " + activeVersion + " is not configured");
        }
    }

    private static DataKey parse(int version, String spec, MasterKey masterKey) {
        if (version < 1 || version > 255) {
            throw new IllegalStateException("assist.pii.data-keys: version " + version + " is not 1..255");
        }
        int colon = spec == null ? -1 : spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException(
                    "assist.pii.data-keys." + version + " must be AES:<base64> or SM4:<base64>");
        }
        DataKeys.Algorithm algorithm =
                switch (spec.substring(0, colon).trim().toUpperCase(Locale.ROOT)) {
                    case "AES" -> DataKeys.Algorithm.AES_256_GCM;
                    case "SM4" -> DataKeys.Algorithm.SM4_GCM;
                    default -> throw new IllegalStateException(
                            "assist.pii.data-keys." + version + ": unknown algorithm (AES or SM4)");
                };
        String value = spec.substring(colon + 1).trim();
        byte[] material;
        if (value.startsWith(WRAPPED)) {
            material = masterKey.unwrap(
                    java.util.Base64.getDecoder()
                            .decode(value.substring(WRAPPED.length()).trim()),
                    MasterKey.label(version, algorithm));
            if (material.length != algorithm.keyBytes()) {
                throw new IllegalStateException("assist.pii.data-keys." + version + " unwraps to " + material.length
                        + " bytes, not " + algorithm.keyBytes());
            }
        } else {
            material = PiiCipher.decodeKey("assist.pii.data-keys." + version, value, algorithm.keyBytes());
        }
        return key(version, algorithm, material);
    }

    private static DataKey key(int version, DataKeys.Algorithm algorithm, byte[] material) {
        return new DataKey(version, algorithm, new SecretKeySpec(material, algorithm.keyAlgorithm()));
    }

    @Override
    public DataKey active() {
        return active;
    }

    @Override
    public Optional<DataKey> version(int version) {
        return Optional.ofNullable(keys.get(version));
    }

    /** Base64 of fresh random key material for an algorithm (for operators' key generation and tests). */
    public static String generate(DataKeys.Algorithm algorithm) {
        byte[] key = new byte[algorithm.keyBytes()];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
