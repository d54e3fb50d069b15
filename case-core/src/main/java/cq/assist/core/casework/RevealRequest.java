package cq.assist.core.casework;

/**
 * A request to see one piece of personal data in full, with the purpose the staff member states.
 *
 * @param subjectType the kind of record; only {@code APPLICATION_MEMBER} so far
 * @param applicationId the application
 * @param memberSeq the member's position in the application (0-based)
 * @param field the field to reveal; only {@code idNumber} so far
 * @param purpose why the staff member needs it (at least 4 characters); written to the audit log
 */
public record RevealRequest(
        String subjectType, String applicationId, Integer memberSeq, String field, String purpose) {}
