package cq.assist.core.pii;

/**
 * The port to the key management service that holds the master key (key-encryption key) of personal data:
 * data keys are configured wrapped under it ({@code assist.pii.data-keys.<n>=<AES|SM4>:wrapped:<base64>}) and
 * unwrapped once at start (envelope encryption), so the data keys never appear in the clear in configuration.
 * In production the adapter is the city's KMS or a certified HSM (密评: SM4 through a certified module),
 * chosen with {@code assist.pii.kms}; no such adapter is part of this code base yet. The stand-in is
 * {@link LocalKeyFileMasterKey} ({@code assist.pii.kms=local-key-file}, the default), a master key in a
 * local file, which the apps refuse outside the demo profile unless an operator allows it explicitly
 * ({@code assist.pii.local-key-file.allowed=true}).
 */
public interface MasterKey {

    /** The {@code assist.pii.kms} value of this adapter (never key material). */
    String source();

    /**
     * Unwraps a data key.
     *
     * @param wrapped the data key as the key service wrapped it
     * @param label what the key is for ({@code assist/data-key/<version>/<algorithm>}), authenticated with it
     * @return the data key's bytes
     * @throws IllegalStateException when it does not unwrap under this master key and label
     */
    byte[] unwrap(byte[] wrapped, String label);

    /** Wraps a data key for configuration (operators' key generation); see {@link #unwrap}. */
    byte[] wrap(byte[] dataKey, String label);

    /** The label a data key of this version and algorithm is wrapped with. */
    static String label(int version, DataKeys.Algorithm algorithm) {
        return "assist/data-key/" + version + "/" + algorithm.name();
    }
}
