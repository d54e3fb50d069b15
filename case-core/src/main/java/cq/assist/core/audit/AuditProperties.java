package cq.assist.core.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit log's own settings (issue 8, security review M6).
 *
 * @param key base64 of 32 random bytes: the HMAC-SHA256 key that seals audit entries (seal version 2).
 *     It is not the record key of {@code assist.pii}, so whoever holds the business keys cannot re-seal a
 *     rewritten chain; deployments keep it where the business app's operators cannot read it. Required (the
 *     demo profile generates one)
 * @param verifyInterval how often every node's verifier walks the whole chain (default 1 hour); a broken
 *     link raises an alert ({@link AuditChainVerifier})
 * @param retentionDays how long entries must be kept online (default 180: CSL art. 21, six months); no
 *     purge job exists, so entries are kept for ever until one is written for the longer PIPL periods
 */
@ConfigurationProperties("assist.audit")
public record AuditProperties(String key, Duration verifyInterval, Integer retentionDays) {

    public AuditProperties {
        verifyInterval = verifyInterval == null ? Duration.ofHours(1) : verifyInterval;
        retentionDays = retentionDays == null ? 180 : retentionDays;
    }
}
