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
 * @param retentionDays how long entries are kept online at least (default 180: CSL art. 21, six months). A
 *     value below {@value #MIN_RETENTION_DAYS} refuses to start: no configuration can make the retention job
 *     ({@link AuditRetention}) delete an entry younger than six months
 * @param archiveDir where the retention job writes archives of entries older than the retention; unset (the
 *     default) means no node archives and nothing is ever removed from {@code audit_log}
 * @param archiveInterval how often the retention job runs where {@code archiveDir} is set (default 1 day)
 */
@ConfigurationProperties("assist.audit")
public record AuditProperties(
        String key, Duration verifyInterval, Integer retentionDays, String archiveDir, Duration archiveInterval) {

    /** The shortest retention accepted: six months (CSL art. 21), in days. */
    public static final int MIN_RETENTION_DAYS = 180;

    public AuditProperties {
        verifyInterval = verifyInterval == null ? Duration.ofHours(1) : verifyInterval;
        retentionDays = retentionDays == null ? MIN_RETENTION_DAYS : retentionDays;
        if (retentionDays < MIN_RETENTION_DAYS) {
            throw new IllegalStateException("assist.audit.retention-days must be at least " + MIN_RETENTION_DAYS
                    + " (six months, CSL art. 21), got " + retentionDays);
        }
        archiveDir = archiveDir == null || archiveDir.isBlank() ? null : archiveDir.trim();
        archiveInterval = archiveInterval == null ? Duration.ofDays(1) : archiveInterval;
    }

    /** The retention as a duration. */
    public Duration retention() {
        return Duration.ofDays(retentionDays);
    }
}
