package cq.assist.core.authorization;

/** How the signer's identity was established. */
public enum IdentityMethod {
    /** The applicant, logged in with an SMS code. */
    APPLICANT_LOGIN,
    /** A co-signer who gave name and ID number matching the member and a code sent to the member's phone. */
    NAME_ID_SMS,
    /** The applicant signing as guardian for a minor member. */
    GUARDIAN,
    /** The applicant, identified in person by the community worker who filed on the applicant's behalf. */
    WORKER_IN_PERSON
}
