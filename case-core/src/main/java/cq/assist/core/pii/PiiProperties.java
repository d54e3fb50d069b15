package cq.assist.core.pii;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Key material for personal data, base64 of 32 random bytes each. No defaults: outside the demo
 * profile (which generates a key file) the application refuses to start without them.
 *
 * @param key AES-256-GCM key that encrypts ID numbers, phones and other personal data at rest
 * @param indexKey HMAC-SHA256 key for the blind index used to look encrypted values up
 * @param recordKey HMAC-SHA256 key that seals append-only records (authorizations, audit log)
 */
@ConfigurationProperties("assist.pii")
public record PiiProperties(String key, String indexKey, String recordKey) {}
