package cq.assist.core.pii;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Key material for personal data, base64 of 32 random bytes each. No defaults: outside the demo
 * profile (which generates a key file) the application refuses to start without them.
 *
 * @param key AES-256-GCM key that encrypts ID numbers, phones and other personal data at rest
 * @param indexKey HMAC-SHA256 key for the blind index used to look encrypted values up
 * @param recordKey HMAC-SHA256 key that seals append-only records (authorizations, audit log)
 * @param dataKeys further data keys by version ({@code <AES|SM4>:<base64>}), see {@link ConfiguredDataKeys}
 * @param activeDataKey the version new values are encrypted with (default 0, i.e. {@code key})
 */
@ConfigurationProperties("assist.pii")
public record PiiProperties(
        String key, String indexKey, String recordKey, Map<Integer, String> dataKeys, Integer activeDataKey) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public PiiProperties {
        dataKeys = dataKeys == null ? Map.of() : Map.copyOf(dataKeys);
    }

    /** The three keys alone: every value encrypted under {@code key} (data-key version 0). */
    public PiiProperties(String key, String indexKey, String recordKey) {
        this(key, indexKey, recordKey, Map.of(), null);
    }
}
