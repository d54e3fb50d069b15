package cq.assist.web.problem;

import cq.assist.core.common.ProblemKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where a domain {@link ProblemKind} becomes an HTTP status (RFC 9110 status codes), so
 * case-core never knows HTTP. Every kind has a status; a test checks that none is left out.
 */
public final class ProblemStatus {

    private static final Map<ProblemKind, Integer> STATUS = new EnumMap<>(ProblemKind.class);

    static {
        STATUS.put(ProblemKind.VALIDATION, 400);
        STATUS.put(ProblemKind.UNAUTHENTICATED, 401);
        STATUS.put(ProblemKind.FORBIDDEN, 403);
        STATUS.put(ProblemKind.NOT_FOUND, 404);
        STATUS.put(ProblemKind.CONFLICT, 409);
        STATUS.put(ProblemKind.GONE, 410);
        STATUS.put(ProblemKind.PAYLOAD_TOO_LARGE, 413);
        STATUS.put(ProblemKind.UNSUPPORTED_MEDIA_TYPE, 415);
        STATUS.put(ProblemKind.UNPROCESSABLE, 422);
        STATUS.put(ProblemKind.LOCKED, 423);
        STATUS.put(ProblemKind.TOO_MANY_REQUESTS, 429);
    }

    private ProblemStatus() {}

    /** The HTTP status of a kind. */
    public static int of(ProblemKind kind) {
        Integer status = STATUS.get(kind);
        if (status == null) {
            throw new IllegalStateException("No HTTP status for problem kind " + kind);
        }
        return status;
    }

    /** The kind an HTTP status stands for, or empty when no kind has that status. */
    public static Optional<ProblemKind> kindOf(int status) {
        return STATUS.entrySet().stream()
                .filter(e -> e.getValue() == status)
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
