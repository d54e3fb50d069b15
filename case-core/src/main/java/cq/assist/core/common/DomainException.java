package cq.assist.core.common;

import java.util.List;

/**
 * A business failure with a kind, a message key (resolved from {@code messages*.properties} at the
 * edge) and optional field errors. The message key must not be null; arguments must not carry
 * personal data, since details reach the client.
 */
public class DomainException extends RuntimeException {

    private final ProblemKind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldError> fieldErrors;
    private final Long retryAfterSeconds;
    private String type;
    private final java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

    public DomainException(ProblemKind kind, String messageKey, Object... args) {
        this(kind, messageKey, List.of(), null, args);
    }

    protected DomainException(
            ProblemKind kind, String messageKey, List<FieldError> fieldErrors, Long retryAfterSeconds, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A validation failure naming every failing field. */
    public static DomainException invalid(List<FieldError> fieldErrors) {
        return new DomainException(ProblemKind.VALIDATION, "problem.validation", fieldErrors, null);
    }

    /** A failure of another kind that names the fields it concerns (e.g. 422 naming {@code projectId}). */
    public static DomainException withFields(ProblemKind kind, String messageKey, List<FieldError> fieldErrors) {
        return new DomainException(kind, messageKey, fieldErrors, null);
    }

    /** A refusal because of a rate limit; the client may retry after the given seconds. */
    public static DomainException tooManyRequests(String messageKey, long retryAfterSeconds) {
        return new DomainException(ProblemKind.TOO_MANY_REQUESTS, messageKey, List.of(), retryAfterSeconds);
    }

    /** The thing named does not exist or is outside the caller's scope (indistinguishable on purpose). */
    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(ProblemKind.NOT_FOUND, messageKey, args);
    }

    /**
     * Gives this failure its own problem {@code type} slug (e.g. {@code real-name-required}) instead of the
     * kind's, for failures a client must tell apart; returns this exception.
     */
    public DomainException withType(String typeSlug) {
        this.type = typeSlug;
        return this;
    }

    /**
     * Adds a member to the problem document (e.g. {@code applicationNo} of the application that already
     * covers a household); the value must not be personal data. Returns this exception.
     */
    public DomainException withProperty(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** The extra problem members, in the order they were added. */
    public java.util.Map<String, Object> properties() {
        return java.util.Collections.unmodifiableMap(properties);
    }

    /** The problem {@code type} slug of this failure: its own, or the kind's. */
    public String typeSlug() {
        return type == null ? kind.slug() : type;
    }

    public ProblemKind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Seconds after which a retry may succeed, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /**
     * One failing field. {@code field} is the JSON path the client sent (e.g. {@code household.members[1].idNumber});
     * {@code messageKey} is resolved from the message bundle.
     */
    public record FieldError(String field, String messageKey, Object... args) {}
}
