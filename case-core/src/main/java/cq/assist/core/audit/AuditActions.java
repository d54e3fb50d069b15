package cq.assist.core.audit;

/**
 * Action codes written to the audit log (issue 8; 等保 2.0 level 3, GB/T 22239-2019 8.1.4.3: every user,
 * every security-relevant event, with date and time, user, event type and outcome).
 */
public final class AuditActions {

    /** A staff member saw a full (unmasked) ID number. */
    public static final String VIEW_FULL_ID_NUMBER = "VIEW_FULL_ID_NUMBER";
    /** A staff member opened the (masked) staff view of an application. */
    public static final String VIEW_APPLICATION = "VIEW_APPLICATION";
    /** A staff login succeeded. */
    public static final String LOGIN = "LOGIN";
    /** A staff login failed (unknown user, wrong password or code, disabled account). */
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    /** Too many failures locked a staff account; also a login refused while it is locked. */
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    /** A staff member logged out. */
    public static final String LOGOUT = "LOGOUT";
    /** A request was refused: 403, or 404 from a scope check, for an authenticated caller. */
    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    /** A decision at a step of an item case (approve, reject, return), with its reason and amount. */
    public static final String DECISION = "DECISION";
    /** An objection during a public notice. */
    public static final String OBJECTION = "OBJECTION";
    /** A task claimed or released. */
    public static final String TASK_CLAIM = "TASK_CLAIM";
    /** An administrator enabled or disabled a staff account. */
    public static final String ACCOUNT_CHANGE = "ACCOUNT_CHANGE";
    /** A policy parameter version was added. */
    public static final String PARAMETER_CHANGE = "PARAMETER_CHANGE";
    /** The working-day calendar of a year was corrected. */
    public static final String CALENDAR_CHANGE = "CALENDAR_CHANGE";
    /** The chain was verified on demand. */
    public static final String AUDIT_VERIFY = "AUDIT_VERIFY";
    /** The audit log itself was read. */
    public static final String AUDIT_READ = "AUDIT_READ";
    /** A token signing key was added or retired. */
    public static final String KEY_CHANGE = "KEY_CHANGE";
    /**
     * A filing was refused because a member's household is covered by another application (issue 7): counted
     * against the filer's daily filings, so the refusal cannot be used to probe who is being assisted.
     */
    public static final String FILING_REFUSED_COVERED = "FILING_REFUSED_COVERED";
    /** The inbox was exported as a file. */
    public static final String EXPORT = "EXPORT";
    /**
     * The retention job removed an ended application's personal data (review M11); the purpose names what was
     * removed, with counts, never the data.
     */
    public static final String ANONYMISE_APPLICATION = "ANONYMISE_APPLICATION";
    /** The retention job deleted old SMS records (codes, send log, demo outbox), with counts. */
    public static final String PURGE_SMS_RECORDS = "PURGE_SMS_RECORDS";

    private AuditActions() {}
}
