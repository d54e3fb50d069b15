package cq.assist.core.itemcase;

/**
 * Why a case exists: the assessment of the application, a joint push after a grant, the follow-up
 * review of a monitoring alert, or the district's follow-up of a payment the bank returned as failed.
 */
public enum CaseOrigin {
    ASSESSMENT,
    JOINT_PUSH,
    MONITORING,
    /**
     * A failed payment line: the district checks the account and decides to pay again (APPROVE, no new grant)
     * or not (REJECT). Never pushes joint items.
     */
    PAYMENT
}
