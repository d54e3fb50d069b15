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
 * @param recordKeys further record keys by version (base64 of 32 bytes): seals and SMS-code hashes are made
 *     under {@code activeRecordKey} and checked under every configured version, so the record key rotates by
 *     adding version n+1 and making it active; an older version stays configured while anything sealed under
 *     it is kept (authorization records: for good)
 * @param activeRecordKey the record-key version new seals are made with (default 0, {@code recordKey})
 * @param indexKeys further blind-index keys by version (base64 of 32 bytes), as the record keys: indexes are
 *     computed under {@code activeIndexKey} and rows are found under every configured version, so the index key
 *     rotates by adding version n+1 and making it active; an older version stays configured while rows indexed
 *     under it are kept. Version 0 is {@code indexKey}; its indexes are 64 hex digits as before, version n's are
 *     {@code v} + two hex digits of n + 61 hex digits (the same CHAR(64) columns)
 * @param activeIndexKey the blind-index version new indexes are computed with (default 0, {@code indexKey})
 * @param acceptUnbound whether values written before they were bound to their row and column (data-key
 *     versions without associated data) are still read by the application (default false: every start rewrites
 *     them bound first, {@link UnboundValuesAtStart}, so an unbound value found later is a copy or a forgery and
 *     is refused; append-only tables, never rewritten, keep their old values readable). Set it to true only to
 *     read a database whose start step could not rewrite every value (it logs how many are left)
 */
@ConfigurationProperties("assist.pii")
public record PiiProperties(
        String key,
        String indexKey,
        String recordKey,
        Map<Integer, String> dataKeys,
        Integer activeDataKey,
        Boolean acceptUnbound,
        Map<Integer, String> recordKeys,
        Integer activeRecordKey,
        Map<Integer, String> indexKeys,
        Integer activeIndexKey) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public PiiProperties {
        dataKeys = dataKeys == null ? Map.of() : Map.copyOf(dataKeys);
        indexKeys = indexKeys == null ? Map.of() : Map.copyOf(indexKeys);
        acceptUnbound = acceptUnbound == null ? Boolean.FALSE : acceptUnbound;
        recordKeys = recordKeys == null ? Map.of() : Map.copyOf(recordKeys);
    }

    /** Keys, data-key and record-key versions; one blind-index key. */
    public PiiProperties(
            String key,
            String indexKey,
            String recordKey,
            Map<Integer, String> dataKeys,
            Integer activeDataKey,
            Boolean acceptUnbound,
            Map<Integer, String> recordKeys,
            Integer activeRecordKey) {
        this(key, indexKey, recordKey, dataKeys, activeDataKey, acceptUnbound, recordKeys, activeRecordKey, null, null);
    }

    /** Keys, data-key versions and the handling of unbound values; one record key. */
    public PiiProperties(
            String key,
            String indexKey,
            String recordKey,
            Map<Integer, String> dataKeys,
            Integer activeDataKey,
            Boolean acceptUnbound) {
        this(key, indexKey, recordKey, dataKeys, activeDataKey, acceptUnbound, null, null);
    }

    /** Keys and versions; values written before binding are refused (the default). */
    public PiiProperties(
            String key, String indexKey, String recordKey, Map<Integer, String> dataKeys, Integer activeDataKey) {
        this(key, indexKey, recordKey, dataKeys, activeDataKey, null);
    }

    /** The three keys alone: every value encrypted under {@code key} (data-key version 0). */
    public PiiProperties(String key, String indexKey, String recordKey) {
        this(key, indexKey, recordKey, Map.of(), null);
    }
}
