package cq.assist.core.authorization;

/** How the signer's identity was established. */
public enum IdentityMethod {
    /** The applicant, logged in with an SMS code (records before real-name binding). */
    APPLICANT_LOGIN,
    /** The applicant, logged in on an account real-name bound to that person. */
    APPLICANT_REAL_NAME,
    /** A co-signer who gave name and ID number and a code sent to the registry's phone on file. */
    PHONE_ON_FILE_SMS,
    /** A member identified in person by the community worker (ID card, household register). */
    MEMBER_IN_PERSON,
    /** A guardian signing in person before the community worker for a minor or a ward. */
    GUARDIAN_IN_PERSON,
    /** A co-signer who gave name and ID number and a code sent to the phone the filer typed (old records). */
    NAME_ID_SMS,
    /** The applicant signing as guardian for a minor member. */
    GUARDIAN,
    /** The applicant, identified in person by the community worker who filed on the applicant's behalf. */
    WORKER_IN_PERSON
}
