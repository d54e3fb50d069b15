package cq.assist.core.audit;

import java.time.Instant;

/**
 * One stored {@code audit_log} entry.
 *
 * @param sealVersion 1: sealed with the record key, business clock (before V72); 2: sealed with the audit
 *     key, UTC wall clock, outcome and client address included
 */
public record AuditLogRow(
        Long id,
        long seq,
        Instant occurredAt,
        String actorAccountId,
        String actorRole,
        String actionCode,
        String subjectType,
        String subjectId,
        String purpose,
        String clientIpHash,
        String prevHash,
        String entryHash,
        String outcome,
        String clientAddr,
        int sealVersion) {

    /**
     * The text the entry hash seals: every field but the id and the hash itself, each prefixed with its
     * length so no two different entries share a text. Version 2 adds the outcome and the address.
     */
    String canonical() {
        Object[] fields = sealVersion < 2
                ? new Object[] {
                    seq,
                    occurredAt.toEpochMilli(),
                    actorAccountId,
                    actorRole,
                    actionCode,
                    subjectType,
                    subjectId,
                    purpose,
                    clientIpHash,
                    prevHash
                }
                : new Object[] {
                    seq,
                    occurredAt.toEpochMilli(),
                    actorAccountId,
                    actorRole,
                    actionCode,
                    subjectType,
                    subjectId,
                    purpose,
                    clientIpHash,
                    prevHash,
                    outcome,
                    clientAddr
                };
        StringBuilder text = new StringBuilder(sealVersion < 2 ? "audit-v1" : "audit-v2");
        for (Object field : fields) {
            String value = field == null ? "" : field.toString();
            text.append('|')
                    .append(field == null ? -1 : value.length())
                    .append(':')
                    .append(value);
        }
        return text.toString();
    }

    AuditLogRow withHash(String hash) {
        return new AuditLogRow(
                id,
                seq,
                occurredAt,
                actorAccountId,
                actorRole,
                actionCode,
                subjectType,
                subjectId,
                purpose,
                clientIpHash,
                prevHash,
                hash,
                outcome,
                clientAddr,
                sealVersion);
    }
}
