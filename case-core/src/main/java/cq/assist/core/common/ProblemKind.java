package cq.assist.core.common;

/**
 * The kinds of failure a use case can report. Each maps to one HTTP status and one stable problem
 * {@code type} URI at the edge; the domain never knows about HTTP.
 */
public enum ProblemKind {
    VALIDATION(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    GONE(410),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNPROCESSABLE(422),
    LOCKED(423),
    TOO_MANY_REQUESTS(429);

    private final int status;

    ProblemKind(int status) {
        this.status = status;
    }

    /** The HTTP status this kind maps to. */
    public int status() {
        return status;
    }

    /** The kebab-case slug used in the problem {@code type} URI. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
