package cq.assist.web.problem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Names the field of a body that could not be read: the JSON path Jackson was at when a value had the
 * wrong type or shape, or a number out of its type's range ({@code household.members[0].disabilityGrade}),
 * or {@code body} when the text is not JSON at all (malformed, truncated, empty).
 */
final class UnreadableBodies {

    /** The field name used when the body as a whole is not valid JSON. */
    static final String WHOLE_BODY = "body";

    private UnreadableBodies() {}

    /** One {@code {field, message}} entry for the unreadable body. */
    static Map<String, String> fieldError(Throwable e, ProblemFactory problems) {
        JacksonException jackson = jacksonCause(e);
        if (jackson instanceof InputCoercionException coercion) {
            String field = coercion.getPath().isEmpty() ? parserPath(coercion) : path(coercion.getPath());
            if (!field.isEmpty() && !WHOLE_BODY.equals(field)) {
                return ProblemFactory.fieldError(field, problems.message("problem.field.wrongType"));
            }
        }
        if (jackson == null
                || jackson instanceof StreamReadException
                || jackson.getPath().isEmpty()) {
            return ProblemFactory.fieldError(WHOLE_BODY, problems.message("problem.body.malformed"));
        }
        return ProblemFactory.fieldError(path(jackson.getPath()), problems.message("problem.field.wrongType"));
    }

    /** A JSON path in the API's notation: {@code a.b[2].c}. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : references) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? WHOLE_BODY : path.toString();
    }

    /** The path of the value the parser stood on (a number out of range is found by the parser). */
    private static String parserPath(InputCoercionException coercion) {
        JsonParser parser = coercion.processor();
        if (parser == null || parser.streamReadContext() == null) {
            return "";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.currentName() != null) {
                parts.push(c.currentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (!path.isEmpty() && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
