package cq.assist.core.intake;

/**
 * The applications an account may see: those it filed, and (for a resident) those whose applicant phone
 * is the account's phone.
 *
 * @param phoneHash blind index of the account's phone; null to match on the filer only
 */
public record VisibleQuery(String accountId, String phoneHash, int offset, int limit) {}
