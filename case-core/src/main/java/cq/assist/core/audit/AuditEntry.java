package cq.assist.core.audit;

/**
 * What to audit: who, under which role, did what to which record, for what stated purpose, from
 * where. Must never carry the personal data itself.
 *
 * @param actorAccountId the acting account (token subject); required
 * @param actorRole the role under which the access was allowed; required
 * @param action what was done, e.g. {@link AuditActions#VIEW_FULL_ID_NUMBER}; required
 * @param subjectType kind of record, e.g. {@code APPLICATION_MEMBER}; required
 * @param subjectId id of the record (e.g. {@code <applicationId>/<memberSeq>}); required
 * @param purpose the purpose the staff member typed; required
 * @param clientIp the caller's address, stored only as a keyed hash; may be null
 */
public record AuditEntry(
        String actorAccountId,
        String actorRole,
        String action,
        String subjectType,
        String subjectId,
        String purpose,
        String clientIp) {}
