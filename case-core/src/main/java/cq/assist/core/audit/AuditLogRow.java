package cq.assist.core.audit;

import java.time.Instant;

/** One stored {@code audit_log} entry. */
record AuditLogRow(
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
        String entryHash) {

    /**
     * The text the entry hash seals: every field but the id and the hash itself, each prefixed with its
     * length so no two different entries share a text.
     */
    String canonical() {
        StringBuilder text = new StringBuilder("audit-v1");
        for (Object field : new Object[] {
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
        }) {
            String value = field == null ? "" : field.toString();
            text.append('|')
                    .append(field == null ? -1 : value.length())
                    .append(':')
                    .append(value);
        }
        return text.toString();
    }
}
