package cq.assist.core.itemcase;

/** What a staff member decides at a step. */
public enum Decision {
    /** Approve: the case moves on (or is granted at the deciding step). */
    APPROVE,
    /** Reject: the case ends REJECTED; a reason is required. */
    REJECT,
    /** Send the case back one step with the reason. */
    RETURN
}
