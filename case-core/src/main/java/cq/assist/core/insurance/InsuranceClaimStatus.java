package cq.assist.core.insurance;

/** The states of an insurance claim. */
public enum InsuranceClaimStatus {
    /** Offered after the grant; waits for the resident's consent. */
    AWAITING_CONSENT,
    /** Handed to the insurer; waits for its answer. */
    FILED,
    PAID,
    REJECTED,
    /** The resident did not want the claim filed. */
    CONSENT_REFUSED
}
