package cq.assist.core.login;

/** Role names carried in tokens (without the {@code ROLE_} prefix) and the scope claim names. */
public final class Roles {

    public static final String RESIDENT = "RESIDENT";
    public static final String COMMUNITY_WORKER = "COMMUNITY_WORKER";
    public static final String STREET_REVIEWER = "STREET_REVIEWER";
    public static final String DISTRICT_APPROVER = "DISTRICT_APPROVER";
    public static final String DEPARTMENT_REVIEWER = "DEPARTMENT_REVIEWER";
    public static final String CHARITY = "CHARITY";
    public static final String ADMIN = "ADMIN";
    /** Security auditor (安全审计员): reads and verifies the audit log, nothing else. */
    public static final String AUDITOR = "AUDITOR";

    /** Claim: the community code a worker serves. */
    public static final String CLAIM_COMMUNITY = "community";
    /** Claim: the department code of a staff account. */
    public static final String CLAIM_DEPARTMENT = "department";
    /** Claim: the department kind of a staff account (CIVIL_AFFAIRS, HOUSING, ...). */
    public static final String CLAIM_DEPARTMENT_KIND = "departmentKind";
    /** Claim: the region code (street or district) a staff account serves. */
    public static final String CLAIM_REGION = "region";
    /** Claim: the charity organisation code of a charity account. */
    public static final String CLAIM_CHARITY = "charity";

    private Roles() {}
}
