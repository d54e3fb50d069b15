package cq.assist.core.pii;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The data keys that encrypt personal data at rest, by version: the port to a key management service.
 * The adapter here ({@link ConfiguredDataKeys}) reads them from configuration, standing in for a KMS or
 * HSM that unwraps them at start in production. Every ciphertext names the version of its key, so a new
 * active key rotates what is written while what was written under older versions stays readable.
 */
public interface DataKeys {

    /** The key new values are encrypted with. */
    DataKey active();

    /** The key of a version, or empty when this version is not (or no longer) configured. */
    Optional<DataKey> version(int version);

    /**
     * The key of one category of personal data under a data key: derived from it with HKDF-SHA256 (RFC 5869,
     * the category's label as {@code info}), so every category has a key of its own and one cannot be computed
     * from another. An adapter whose key service holds a key per category may return that instead.
     */
    default SecretKey categoryKey(DataKey key, PiiField.Category category) {
        byte[] material = key.key().getEncoded();
        if (material == null) {
            throw new IllegalStateException("data key " + key.version() + " cannot be exported for derivation");
        }
        return new javax.crypto.spec.SecretKeySpec(
                Hkdf.derive(material, category.label(), key.algorithm().keyBytes()),
                key.algorithm().keyAlgorithm());
    }

    /**
     * One data key.
     *
     * @param version 0 to 255, written into every ciphertext
     * @param algorithm the cipher it is used with
     * @param key the key material
     */
    record DataKey(int version, Algorithm algorithm, SecretKey key) {}

    /** The authenticated ciphers a data key may be for (each with a 96-bit IV and a 128-bit tag). */
    enum Algorithm {
        /** AES-256 in GCM mode (the JDK's provider); 32-byte keys. */
        AES_256_GCM("AES", 32, "AES/GCM/NoPadding"),
        /** SM4 (GB/T 32907-2016) in GCM mode (GB/T 39786 商用密码), through Bouncy Castle; 16-byte keys. */
        SM4_GCM("SM4", 16, "SM4/GCM/NoPadding");

        private final String keyAlgorithm;
        private final int keyBytes;
        private final String transformation;

        Algorithm(String keyAlgorithm, int keyBytes, String transformation) {
            this.keyAlgorithm = keyAlgorithm;
            this.keyBytes = keyBytes;
            this.transformation = transformation;
        }

        public String keyAlgorithm() {
            return keyAlgorithm;
        }

        public int keyBytes() {
            return keyBytes;
        }

        public String transformation() {
            return transformation;
        }
    }
}
