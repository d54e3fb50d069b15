package cq.assist.core.audit;

/**
 * What to audit: who, under which role, did what to which record, why or with what result, from where,
 * and how it ended. Must never carry the personal data itself.
 *
 * @param actorAccountId the acting account (token subject, or the username tried at a failed login); required
 * @param actorRole the role under which the access was allowed (or {@code NONE}); required
 * @param action what was done, one of {@link AuditActions}; required
 * @param subjectType kind of record, e.g. {@code APPLICATION_MEMBER}, {@code ITEM_CASE}; required
 * @param subjectId id of the record (e.g. {@code <applicationId>/<memberSeq>}); required
 * @param purpose the stated purpose, reason or detail (a decision's reason and amount); required, at most
 *     500 characters (longer text is cut)
 * @param clientIp the caller's address; null to take the request's ({@link AuditContext})
 * @param outcome how it ended; null means {@link AuditOutcome#SUCCESS}
 */
public record AuditEntry(
        String actorAccountId,
        String actorRole,
        String action,
        String subjectType,
        String subjectId,
        String purpose,
        String clientIp,
        AuditOutcome outcome) {

    /** A successful event. */
    public AuditEntry(
            String actorAccountId,
            String actorRole,
            String action,
            String subjectType,
            String subjectId,
            String purpose,
            String clientIp) {
        this(actorAccountId, actorRole, action, subjectType, subjectId, purpose, clientIp, AuditOutcome.SUCCESS);
    }

    public AuditEntry {
        outcome = outcome == null ? AuditOutcome.SUCCESS : outcome;
        actorAccountId = cut(actorAccountId, 64);
        actorRole = cut(actorRole, 32);
        subjectType = cut(subjectType, 32);
        purpose = purpose == null ? "" : purpose.length() > 500 ? purpose.substring(0, 500) : purpose;
        subjectId = cut(subjectId, 96);
    }

    private static String cut(String value, int max) {
        return value != null && value.length() > max ? value.substring(0, max) : value;
    }
}
