package cq.assist.core.audit;

/** Action codes written to the audit log. */
public final class AuditActions {

    /** A staff member saw a full (unmasked) ID number. */
    public static final String VIEW_FULL_ID_NUMBER = "VIEW_FULL_ID_NUMBER";

    private AuditActions() {}
}
