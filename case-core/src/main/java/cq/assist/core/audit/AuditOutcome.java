package cq.assist.core.audit;

/** How an audited event ended. */
public enum AuditOutcome {
    /** Done as asked. */
    SUCCESS,
    /** Tried and failed (a wrong password, a broken chain found). */
    FAILURE,
    /** Refused: the caller may not do or see this (401/403/404 of a scope check, a lockout). */
    DENIED
}
