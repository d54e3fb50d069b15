package cq.assist.core.common;

/**
 * The kinds of failure a use case can report. At the edge each maps to one HTTP status (web-common's
 * {@code ProblemStatus}) and one stable problem {@code type} URI; the domain never knows about HTTP.
 */
public enum ProblemKind {
    /** The request's shape or values are invalid; names the failing fields. */
    VALIDATION,
    /** The caller is not logged in, or its credentials are wrong. */
    UNAUTHENTICATED,
    /** The caller may not do this. */
    FORBIDDEN,
    /** The thing named does not exist or is outside the caller's scope. */
    NOT_FOUND,
    /** The thing's current state does not allow this (already done, taken by someone else, ...). */
    CONFLICT,
    /** The thing existed but is used up or expired. */
    GONE,
    /** The request is larger than allowed. */
    PAYLOAD_TOO_LARGE,
    /** The content type is not one accepted. */
    UNSUPPORTED_MEDIA_TYPE,
    /** Well-formed but not acceptable by the rules (reused idempotency key, no match, ...). */
    UNPROCESSABLE,
    /** The account is locked for a while. */
    LOCKED,
    /** A rate limit was hit; a retry after some time may succeed. */
    TOO_MANY_REQUESTS;

    /** The kebab-case slug used in the problem {@code type} URI. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
