package cq.assist.core.authorization;

/** Where a signature was given. */
public enum Channel {
    /** In the app, by the applicant. */
    APP,
    /** Through a co-signing link or QR code. */
    REMOTE_LINK,
    /** On the applicant's behalf, in front of a community worker filing by proxy. */
    PROXY,
    /** A member or a guardian signing in person before the community worker. */
    IN_PERSON
}
